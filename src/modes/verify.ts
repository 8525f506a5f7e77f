/**
 * verify (bundles repository, on pull_request and merge_group): runs every verification rule over each
 * release directory the change touches, at the head commit, with the policy from the DEFAULT branch, and posts
 * one check run per rule (`cutover/<rule>`) on the head SHA. On a pull request it also judges every commit
 * (only verified commits by the bundle writer may change a release directory) and each release's revision
 * chain against its seals and the default branch. A pull request into another branch fails every check.
 */
import type { ApprovalManifest, Finding, VerificationRuleId } from '../domain/model.js';
import { BUNDLE_FILES } from '../domain/names.js';
import { foreignCommits } from '../domain/writer.js';
import type { CommitInfo, PullRequest } from '../github/port.js';
import { checkName, type RuleReport, ruleCheck } from '../render/checks.js';
import { text } from '../render/markdown.js';
import { isGovernancePath, manifestOf, type ReleaseDir, readReleaseAt, releaseDirsOf } from './bundles-repo.js';
import { early, inGroup, type ModeContext, type ModeResult } from './context.js';
import {
  baseProblem,
  changedFilesBetween,
  type DefaultBranch,
  filesOfJudgedHead,
  identitiesOf,
  readDefaultBranch,
  readTrustedPolicy,
  releaseHistory,
} from './trust.js';
import { VERIFICATION_RULE_IDS, verifyRelease } from './verification.js';

export interface VerifyInput {
  headSha: string;
  baseSha: string;
  /** The pull request, absent for a merge-group check. */
  pullRequest?: number;
  /** The pull request as already read (saves a read); read fresh when absent. */
  pull?: PullRequest;
}

/** Runs verify; every rule's check run is posted even when no release directory changed. */
export async function runVerify(ctx: ModeContext, input: VerifyInput): Promise<ModeResult> {
  const { github, bundlesRepo } = ctx;
  const pull =
    input.pullRequest === undefined
      ? undefined
      : (input.pull ?? (await github.getPullRequest(bundlesRepo, input.pullRequest)));
  // Independent reads at once; each is awaited where its answer is first needed.
  const branchRead = early(readDefaultBranch(ctx, pull));
  const policyRead = early(readTrustedPolicy(ctx));
  // A merge group's comparison lists at most 300 files: past that, its files are those that differ between the
  // head's tree and the merge base's (trust.ts changedFilesBetween), so no release directory goes unjudged.
  const changedRead = early(
    pull
      ? github.listPullRequestFiles(bundlesRepo, pull.number)
      : github
          .compare(bundlesRepo, input.baseSha, input.headSha)
          .then((c) => (c.filesCut ? changedFilesBetween(github, bundlesRepo, c.mergeBase, input.headSha) : c.files)),
  );
  // On a pull request, the commits and files of the judged head itself since the default branch: GitHub's file
  // list follows the pull request's current head, which may have moved since headSha was read (a head whose
  // list showed no release directory would skip the writer-commit rule on a head that has one).
  const atHeadRead = pull
    ? early(branchRead.then((b) => github.compare(bundlesRepo, b.sha, input.headSha)))
    : undefined;
  const branch = await branchRead;
  const wrongBase = pull && baseProblem(pull, branch);
  if (wrongBase) return postRefusal(ctx, input.headSha, wrongBase);
  const policy = await policyRead;
  const identities = identitiesOf(policy, ctx.policyPath);
  if ('problem' in identities && pull) return postRefusal(ctx, input.headSha, identities.problem);

  const changed = await changedRead;
  // Every commit the pull request brings, read to the last page (fails closed when GitHub cannot list them).
  const commitsRead: Promise<CommitInfo[]> = atHeadRead
    ? early(atHeadRead.then((a) => a.commits))
    : Promise.resolve([]);
  // The directories GitHub's list names are read at once, beside the comparison of the head (one round trip
  // less on the way to the checks); those only the comparison names are read once it answers.
  const started = new Map(
    releaseDirsOf(changed).map((release) => [
      release.path,
      startReleaseReads(ctx, release, input.headSha, pull ? { branch, commits: commitsRead } : undefined),
    ]),
  );
  const atHead = await atHeadRead;
  // On a 300+-file head, the directories only GitHub's list named are not judged (filesOfJudgedHead).
  const files = await filesOfJudgedHead(github, bundlesRepo, input.headSha, changed, atHead);
  const releases = releaseDirsOf(files);
  const reads = releases.map(
    (release) =>
      started.get(release.path) ??
      startReleaseReads(ctx, release, input.headSha, pull ? { branch, commits: commitsRead } : undefined),
  );
  const commits = await commitsRead;
  const reports = new Map<VerificationRuleId, RuleReport>(
    VERIFICATION_RULE_IDS.map((rule) => [rule, { rule, releases: [], extra: [] }]),
  );
  for (const { release, texts, history } of reads) {
    await inGroup(ctx, release.path, async () => {
      const files = await texts;
      const chain = history && (await history);
      const outcomes = verifyRelease(files, policy, {
        directory: { product: release.product, release: release.release },
        ...(chain ? { history: chain } : {}),
      });
      ctx.log(outcomes.map((o) => `${o.rule}: ${o.status}`).join(', '));
      for (const outcome of outcomes)
        reports
          .get(outcome.rule)
          ?.releases.push({ directory: release.path, status: outcome.status, findings: outcome.findings });
    });
  }
  if (pull && releases.length > 0 && !('problem' in identities)) {
    const file = `${releases[0]?.path}/${BUNDLE_FILES.bundle}`;
    reports
      .get('lineage')
      ?.extra?.push(
        ...foreignCommits(commits, identities.bundleWriter).map(
          (c): Finding => ({ rule: 'lineage', severity: 'error', file, path: '', message: c.message }),
        ),
      );
  }
  return postChecks(
    ctx,
    input.headSha,
    reports,
    // The judged head's own governance files too: GitHub's list may be a later head's.
    files.filter((p) => isGovernancePath(p, ctx.policyPath)),
  );
}

/**
 * Posts one check run per rule, all together (the client still spaces writes by its write interval); a change
 * to governance files says so in every summary.
 */
async function postChecks(
  ctx: ModeContext,
  headSha: string,
  reports: Map<VerificationRuleId, RuleReport>,
  governance: string[],
): Promise<ModeResult> {
  const checks = [...reports.values()].map((report) => ruleCheck({ ...report, governance }));
  await Promise.all(checks.map((check) => ctx.github.createCheckRun(ctx.bundlesRepo, { ...check, headSha })));
  const failed = checks.filter((c) => c.conclusion !== 'success').length;
  const lines = [
    `### Cutover verify at \`${headSha.slice(0, 12)}\``,
    '',
    ...checks.map((c) => `- \`${c.name}\`: ${c.conclusion} (${c.title})`),
  ];
  ctx.log(`posted ${reports.size} check runs on ${headSha}; ${failed} failing`);
  return { outputs: { 'failed-checks': String(failed) }, summary: lines.join('\n') };
}

/**
 * A release directory's files at the head and, on a pull request, its revision history, read at once (the
 * history's own reads need not wait for the commits: they are awaited only for the walk back through the pull
 * request's manifests). A merge group's queued commits are judged again at seal, so it has no history here.
 */
function startReleaseReads(
  ctx: ModeContext,
  release: ReleaseDir,
  headSha: string,
  chain: { branch: DefaultBranch; commits: Promise<CommitInfo[]> } | undefined,
) {
  const texts = early(readReleaseAt(ctx.github, ctx.bundlesRepo, headSha, release.path));
  const history = chain
    ? early(
        releaseHistory(ctx, release, {
          defaultSha: chain.branch.sha,
          defaultLabel: chain.branch.name,
          commits: chain.commits,
          head: texts.then((t) => headManifest(t.manifest, release.path)),
        }),
      )
    : undefined;
  return { release, texts, history };
}

/** The judged manifest, parsed from the text read with the release's files; undefined when absent or invalid. */
function headManifest(text: string | undefined, dir: string): ApprovalManifest | undefined {
  try {
    return manifestOf(text, dir);
  } catch {
    return undefined;
  }
}

/** Every rule's check fails with one reason: the change cannot be judged at all. */
async function postRefusal(ctx: ModeContext, headSha: string, reason: string): Promise<ModeResult> {
  const names = VERIFICATION_RULE_IDS.map(checkName);
  await Promise.all(
    names.map((name) =>
      ctx.github.createCheckRun(ctx.bundlesRepo, {
        name,
        headSha,
        conclusion: 'failure',
        title: 'Cannot be verified',
        summary: `## ${name}\n\n${text(reason)}`,
        annotations: [],
      }),
    ),
  );
  const lines = [
    `### Cutover verify at \`${headSha.slice(0, 12)}\``,
    '',
    text(reason),
    '',
    ...names.map((name) => `- \`${name}\`: failure`),
  ];
  ctx.log(`refused to verify ${headSha}: ${reason}`);
  return { outputs: { 'failed-checks': String(VERIFICATION_RULE_IDS.length) }, summary: lines.join('\n') };
}

export { checkName };
