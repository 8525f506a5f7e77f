/**
 * verify (bundles repository, on pull_request and merge_group): runs every verification rule over each
 * release directory the change touches, at the head commit, with the policy from the DEFAULT branch, and posts
 * one check run per rule (`cutover/<rule>`) on the head SHA. On a pull request it also judges every commit
 * (only verified commits by the bundle writer may change a release directory) and each release's revision
 * chain against its seals and the default branch. A pull request into another branch fails every check.
 */
import type { Finding, VerificationRuleId } from '../domain/model.js';
import { BUNDLE_FILES } from '../domain/names.js';
import { foreignCommits } from '../domain/writer.js';
import type { PullRequest } from '../github/port.js';
import { checkName, type RuleReport, ruleCheck } from '../render/checks.js';
import { isGovernancePath, readManifestAt, readReleaseAt, releaseDirsOf } from './bundles-repo.js';
import { inGroup, type ModeContext, type ModeResult } from './context.js';
import {
  baseProblem,
  commitsOfPullRequest,
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
  const branch = await readDefaultBranch(ctx);
  const pull =
    input.pullRequest === undefined
      ? undefined
      : (input.pull ?? (await github.getPullRequest(bundlesRepo, input.pullRequest)));
  const wrongBase = pull && baseProblem(pull, branch);
  if (wrongBase) return postRefusal(ctx, input.headSha, wrongBase);
  const policy = await readTrustedPolicy(ctx, branch);
  const identities = identitiesOf(policy, ctx.policyPath);
  if ('problem' in identities && pull) return postRefusal(ctx, input.headSha, identities.problem);

  const changed = pull
    ? await github.listPullRequestFiles(bundlesRepo, pull.number)
    : (await github.compare(bundlesRepo, input.baseSha, input.headSha)).files;
  const releases = releaseDirsOf(changed);
  // Every commit the pull request brings, read to the last page (fails closed when GitHub cannot list them).
  const commits =
    pull && releases.length > 0 ? await commitsOfPullRequest(github, bundlesRepo, branch.sha, input.headSha) : [];
  const reports = new Map<VerificationRuleId, RuleReport>(
    VERIFICATION_RULE_IDS.map((rule) => [rule, { rule, releases: [], extra: [] }]),
  );
  for (const release of releases) {
    await inGroup(ctx, release.path, async () => {
      const texts = await readReleaseAt(github, bundlesRepo, input.headSha, release.path);
      // The revision chain is judged on pull requests; a merge group's queued commits are judged again at seal.
      const history = pull
        ? await releaseHistory(ctx, release, {
            defaultSha: branch.sha,
            defaultLabel: branch.name,
            commits,
            head: await readManifestAt(github, bundlesRepo, input.headSha, release.path).catch(() => undefined),
          })
        : undefined;
      const outcomes = verifyRelease(texts, policy, {
        directory: { product: release.product, release: release.release },
        ...(history ? { history } : {}),
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
  const governance = changed.filter((p) => isGovernancePath(p, ctx.policyPath));
  const lines = [`### Cutover verify at \`${input.headSha.slice(0, 12)}\``, ''];
  let failed = 0;
  for (const report of reports.values()) {
    const check = ruleCheck(report);
    if (governance.length > 0)
      check.summary += `\n\nThis change edits governance files (${governance.join(', ')}): both approver teams must approve it.`;
    await github.createCheckRun(bundlesRepo, { ...check, headSha: input.headSha });
    if (check.conclusion !== 'success') failed++;
    lines.push(`- \`${check.name}\`: ${check.conclusion} (${check.title})`);
  }
  ctx.log(`posted ${reports.size} check runs on ${input.headSha}; ${failed} failing`);
  return { outputs: { 'failed-checks': String(failed) }, summary: lines.join('\n') };
}

/** Every rule's check fails with one reason: the change cannot be judged at all. */
async function postRefusal(ctx: ModeContext, headSha: string, reason: string): Promise<ModeResult> {
  const lines = [`### Cutover verify at \`${headSha.slice(0, 12)}\``, '', reason, ''];
  for (const rule of VERIFICATION_RULE_IDS) {
    const name = checkName(rule);
    await ctx.github.createCheckRun(ctx.bundlesRepo, {
      name,
      headSha,
      conclusion: 'failure',
      title: 'Cannot be verified',
      summary: `## ${name}\n\n${reason}`,
      annotations: [],
    });
    lines.push(`- \`${name}\`: failure`);
  }
  ctx.log(`refused to verify ${headSha}: ${reason}`);
  return { outputs: { 'failed-checks': String(VERIFICATION_RULE_IDS.length) }, summary: lines.join('\n') };
}

export { checkName };
