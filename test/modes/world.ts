/**
 * A release-bundles repository on the fake GitHub, for unit tests of the modes: the policy on the default
 * branch naming the writer bot and the governor App, two teams with their members, and helpers that write
 * revisions as the writer would, approve, post the governor's checks and merge.
 */
import type { Assembly } from '../../src/domain/assemble.js';
import { renderReleaseFiles } from '../../src/domain/files.js';
import { buildManifest } from '../../src/domain/manifest.js';
import type { ApprovalManifest, RevisionRef } from '../../src/domain/model.js';
import type { Policy } from '../../src/domain/policy.js';
import { VERIFICATION_RULE_IDS } from '../../src/domain/verify.js';
import type { RepoRef } from '../../src/github/port.js';
import type { ModeContext } from '../../src/modes/context.js';
import { APPROVAL_CHECK } from '../../src/modes/gate.js';
import { checkName } from '../../src/render/checks.js';
import { assembleRecords, basePolicy, cleanRecords, replaceRecord } from '../helpers/records.js';
import { type Actor, FakeGitHub } from './fake-github.js';

export const BUNDLES: RepoRef = { owner: 'acme', repo: 'release-bundles' };
export const POLICY_PATH = '.cutover/policy.yaml';
export const WRITER = 'cutover-release[bot]';
export const WRITER_APP = { appId: 101, appSlug: 'cutover-release' };
export const GOVERNOR_APP = { appId: 202, appSlug: 'cutover-governor' };
export const OTHER_APP = { appId: 303, appSlug: 'helpful-ci' };
export const PRODUCT = 'payments';
export const RELEASE = '2026.11.3';
export const DIR = `bundles/${PRODUCT}/${RELEASE}`;
export const BRANCH = `cutover/${PRODUCT}/${RELEASE}`;
export const TEAMS = { releng: 'acme/release-engineering', ops: 'acme/operations' } as const;
export const PEOPLE = { alice: 'alice-releng', bob: 'bob-ops', carol: 'carol-both', mallory: 'mallory' } as const;
/** Inside the clean release's window (2026-12-01 06:00..10:00): a seal now is in time. */
export const BEFORE_WINDOW = new Date('2026-11-26T12:00:00Z');

export const writerActor: Actor = { login: WRITER, isBot: true, ...WRITER_APP };
export const governorActor: Actor = { login: `${GOVERNOR_APP.appSlug}[bot]`, isBot: true, ...GOVERNOR_APP };

/** The policy of the bundles repository (JSON is YAML). */
export function policy(extra: Partial<Policy> = {}): Policy {
  return basePolicy({ bundleWriter: WRITER, governorAppId: GOVERNOR_APP.appId, ...extra });
}

/** The clean release, or a variant of it with a different bundle digest (the waiver's owner changed). */
export function assembly(variant = 0): Assembly {
  if (variant === 0) return assembleRecords(cleanRecords());
  return assembleRecords(
    replaceRecord(
      cleanRecords(),
      'waiver',
      () => true,
      (r) => ({ ...r, waiver: { ...r.waiver, owner: `security-${variant}@acme.example` } }),
    ),
  );
}

/** Repository paths and texts of one revision of the release (manifest edited by `edit`, if given). */
export function revisionFiles(
  a: Assembly,
  revision: number,
  supersedes: RevisionRef | null,
  options: { dir?: string; edit?: (m: ApprovalManifest) => void } = {},
): Record<string, string> {
  const manifest = buildManifest({ bundle: a.files.bundle, digest: a.digest, revision, policy: policy(), supersedes });
  options.edit?.(manifest);
  const texts = renderReleaseFiles(a.files, manifest);
  const dir = options.dir ?? DIR;
  return {
    [`${dir}/bundle.json`]: texts.bundle,
    [`${dir}/lineage.json`]: texts.lineage,
    [`${dir}/holds.json`]: texts.holds,
    [`${dir}/manifest.json`]: texts.manifest,
  };
}

export interface World {
  github: FakeGitHub;
  ctx: ModeContext;
  logs: string[];
}

/** A bundles repository with the policy on main, both teams (carol in both), and the governor as caller. */
export function world(options: { policy?: Policy; files?: Record<string, string> } = {}): World {
  const github = new FakeGitHub(governorActor);
  github.createRepo(BUNDLES, {
    [POLICY_PATH]: `${JSON.stringify(options.policy ?? policy(), null, 2)}\n`,
    'README.md': '# release-bundles\n',
    ...options.files,
  });
  github.addTeamMember(TEAMS.releng, PEOPLE.alice);
  github.addTeamMember(TEAMS.ops, PEOPLE.bob);
  github.addTeamMember(TEAMS.releng, PEOPLE.carol);
  github.addTeamMember(TEAMS.ops, PEOPLE.carol);
  const logs: string[] = [];
  const ctx: ModeContext = {
    github,
    bundlesRepo: BUNDLES,
    policyPath: POLICY_PATH,
    now: () => BEFORE_WINDOW,
    log: (line) => logs.push(line),
  };
  return { github, ctx, logs };
}

/**
 * Writes revisions as the writer App does (one verified commit each) on the release branch from main, and
 * opens the pull request as the writer. Returns the pull request number and its head.
 */
export function openCutover(
  w: World,
  revisions: Array<Record<string, string>>,
  options: { branch?: string; base?: string } = {},
): { number: number; head: string } {
  const branch = options.branch ?? BRANCH;
  let parent = w.github.head(BUNDLES, options.base ?? 'main');
  for (const files of revisions) parent = w.github.writerCommit(BUNDLES, WRITER, { parent, files, branch });
  const number = w.github.openPullRequest(BUNDLES, { head: branch, base: options.base ?? 'main', author: WRITER });
  return { number, head: parent };
}

/** Alice (release engineering) and Bob (operations) approve the head. */
export function approveByBothTeams(w: World, number: number, head: string): void {
  w.github.review(BUNDLES, number, { login: PEOPLE.alice, state: 'APPROVED', commitId: head });
  w.github.review(BUNDLES, number, { login: PEOPLE.bob, state: 'APPROVED', commitId: head });
}

/** Every required cutover check passing on `sha`, posted by `app` (default: the governor App). */
export function passChecks(w: World, sha: string, app = GOVERNOR_APP, names = requiredChecks()): void {
  for (const name of names)
    w.github.postCheckRun(BUNDLES, app, {
      name,
      headSha: sha,
      conclusion: 'success',
      title: 'passed',
      summary: '',
      annotations: [],
    });
}

export function requiredChecks(): string[] {
  return [...VERIFICATION_RULE_IDS.map(checkName), APPROVAL_CHECK];
}

/** Revision 1 on a pull request, approved by both teams, checks passed by the governor, squash-merged. */
export function mergedRevision1(w: World, method: 'merge' | 'squash' | 'rebase' = 'squash') {
  const a = assembly();
  const pr = openCutover(w, [revisionFiles(a, 1, null)]);
  approveByBothTeams(w, pr.number, pr.head);
  passChecks(w, pr.head);
  w.github.advance(60_000);
  const mergeCommit = w.github.merge(BUNDLES, pr.number, method);
  return { ...pr, mergeCommit, assembly: a };
}
