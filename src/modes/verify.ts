/**
 * verify (bundles repository, on pull_request and merge_group): runs every verification rule over each
 * release directory the change touches, at the head commit, with the policy from the BASE commit, and posts
 * one check run per rule (`cutover/<rule>`) on the head SHA.
 */
import type { Finding, VerificationRuleId } from '../domain/model.js';
import { BUNDLE_FILES } from '../domain/names.js';
import type { Policy } from '../domain/policy.js';
import { checkName, type RuleReport, ruleCheck } from '../render/checks.js';
import { isGovernancePath, readPolicyAt, readReleaseAt, releaseDirsOf } from './bundles-repo.js';
import type { ModeContext, ModeResult } from './context.js';
import { VERIFICATION_RULE_IDS, verifyRelease } from './verification.js';

export interface VerifyInput {
  headSha: string;
  baseSha: string;
  /** The pull request, absent for a merge-group check. */
  pullRequest?: number | undefined;
}

/** Runs verify; every rule's check run is posted even when no release directory changed. */
export async function runVerify(ctx: ModeContext, input: VerifyInput): Promise<ModeResult> {
  const { github, bundlesRepo } = ctx;
  const policy = await readPolicyAt(github, bundlesRepo, input.baseSha, ctx.policyPath);
  const changed =
    input.pullRequest !== undefined
      ? await github.listPullRequestFiles(bundlesRepo, input.pullRequest)
      : (await github.compare(bundlesRepo, input.baseSha, input.headSha)).files;
  const releases = releaseDirsOf(changed);
  const reports = new Map<VerificationRuleId, RuleReport>(
    VERIFICATION_RULE_IDS.map((rule) => [rule, { rule, releases: [], extra: [] }]),
  );
  for (const release of releases) {
    const outcomes = verifyRelease(await readReleaseAt(github, bundlesRepo, input.headSha, release.path), policy);
    for (const outcome of outcomes)
      reports
        .get(outcome.rule)
        ?.releases.push({ directory: release.path, status: outcome.status, findings: outcome.findings });
  }
  if (input.pullRequest !== undefined && releases.length > 0) {
    reports.get('lineage')?.extra?.push(
      ...(await handEdits(
        ctx,
        input,
        policy,
        releases.map((r) => r.path),
      )),
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

/**
 * Commits in the pull request that the bundle writer did not make: hand edits. With `bundleWriter` in the
 * policy, the author must be that bot; without it, the commit must carry the action's trailers.
 */
async function handEdits(
  ctx: ModeContext,
  input: VerifyInput,
  policy: Policy,
  directories: string[],
): Promise<Finding[]> {
  const { commits } = await ctx.github.compare(ctx.bundlesRepo, input.baseSha, input.headSha);
  const file = `${directories[0]}/${BUNDLE_FILES.bundle}`;
  return commits.flatMap((commit): Finding[] => {
    const byWriter = policy.bundleWriter
      ? commit.authorLogin === policy.bundleWriter
      : /^Cutover-Bundle-Digest: sha256:[0-9a-f]{64}$/m.test(commit.message);
    if (byWriter) return [];
    const who = commit.authorLogin ?? 'an unknown author';
    return [
      {
        rule: 'lineage',
        severity: 'error',
        file,
        path: '',
        message: `commit ${commit.sha.slice(0, 12)} by ${who} was not written by Cutover${policy.bundleWriter ? ` (${policy.bundleWriter})` : ''}: bundle content must come from its sources, not hand edits`,
      },
    ];
  });
}

export { checkName };
