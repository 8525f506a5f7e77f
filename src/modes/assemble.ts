/**
 * assemble (service repository, on a release-candidate tag): builds the bundle from the workspace at the
 * tag's commit and the tag's release, and writes all its files as ONE commit on `cutover/<product>/<release>`
 * of the bundles repository, then opens or updates the pull request. Re-running with the same inputs writes
 * nothing. A moved branch is re-read and rebuilt, never force-pushed. API calls do not grow with bundle size.
 */

import { canonicalJson } from '../domain/canonical.js';
import { renderReleaseFiles } from '../domain/files.js';
import { buildManifest } from '../domain/manifest.js';
import type { ApprovalManifest, Bundle, Lineage, RevisionRef } from '../domain/model.js';
import { BUNDLE_FILES, parseSealTagName, releaseBranch, releaseDirectory } from '../domain/names.js';
import type { SignatureRecord } from '../domain/records.js';
import { InputError, RefusalError } from '../errors.js';
import { type RepoRef, slug } from '../github/port.js';
import { pullRequestBody, pullRequestTitle } from '../render/pull-request.js';
import type { SourcesConfig } from '../schema/documents.js';
import { parseDocument } from '../schema/parse.js';
import { validateDocument } from '../schema/validate.js';
import type { SourceGitHub, Workspace } from '../sources/types.js';
import { buildBundle, releaseNameOf } from './build.js';
import { readManifestAt, readPolicyAt } from './bundles-repo.js';
import type { ModeContext, ModeResult } from './context.js';

export interface AssembleInput {
  config: SourcesConfig;
  configPath: string;
  workspace: Workspace;
  candidateRepo: RepoRef;
  tag: string;
  /** The commit the workflow checked out (GITHUB_SHA): the tag must point at it. */
  commit: string;
  sourceGitHub: SourceGitHub;
  env: Readonly<Record<string, string | undefined>>;
  maxFileBytes: number;
  queue?: string | undefined;
  window?: { start?: string | undefined; end?: string | undefined } | undefined;
}

const MAX_ATTEMPTS = 3;

/** Runs assemble; returns outputs and a summary. */
export async function runAssemble(ctx: ModeContext, input: AssembleInput): Promise<ModeResult> {
  const { github } = ctx;
  const candidateCommit = await github.getCommit(input.candidateRepo, input.commit);
  const signature = await candidateSignature(ctx, input, candidateCommit.committedAt);
  if (
    input.config.candidate &&
    (input.config.candidate.tag !== input.tag || input.config.candidate.commit !== input.commit)
  ) {
    throw new InputError(
      `the sources file names candidate ${input.config.candidate.tag} at ${input.config.candidate.commit}, but the workflow runs for ${input.tag} at ${input.commit}`,
      { file: input.configPath, field: '/candidate', expected: 'no candidate key, or the triggering tag and commit' },
    );
  }
  const product = input.config.product;
  const release = releaseNameOf(input.config, input.tag, input.configPath);
  const branch = releaseBranch(product, release);
  const directory = releaseDirectory(product, release);
  const defaultBranch = await github.getDefaultBranch(ctx.bundlesRepo);
  const defaultHead = await github.getRef(ctx.bundlesRepo, `heads/${defaultBranch}`);
  if (!defaultHead)
    throw new RefusalError(`the bundles repository ${slug(ctx.bundlesRepo)} has no ${defaultBranch} branch`);
  const policy = await readPolicyAt(github, ctx.bundlesRepo, defaultHead.sha, ctx.policyPath);
  const sealed = await latestSealed(ctx, product, release);

  const assembly = await buildBundle({
    config: input.config,
    configPath: input.configPath,
    candidate: {
      tag: input.tag,
      commit: input.commit,
      repository: slug(input.candidateRepo),
      committedAt: candidateCommit.committedAt,
    },
    candidateLineage: signature.lineage,
    policy,
    workspace: input.workspace,
    context: { github: input.sourceGitHub, env: input.env, maxFileBytes: input.maxFileBytes },
    extraRecords: [signature],
    previous: sealed ? { bundle: sealed.bundle } : undefined,
  });

  for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
    const head = await github.getRef(ctx.bundlesRepo, `heads/${branch}`);
    const pulls = head ? await github.findPullRequests(ctx.bundlesRepo, { head: branch, state: 'all' }) : [];
    const open = pulls.find((p) => p.state === 'open');
    // The branch continues only while its pull request is open; after a merge or close it starts afresh.
    const onBranch = head && open ? await readManifestAt(github, ctx.bundlesRepo, head.sha, directory) : undefined;
    const latest = [onBranch, sealed?.manifest]
      .filter((m): m is ApprovalManifest => m !== undefined)
      .sort((a, b) => b.revision - a.revision)[0];

    const manifestFor = (revision: number, supersedes: RevisionRef | null) =>
      buildManifest({
        bundle: assembly.files.bundle,
        digest: assembly.digest,
        revision,
        policy,
        supersedes,
        queue: input.queue,
        window: input.window,
      });
    if (onBranch && head && open && latest === onBranch) {
      // Same bundle and same binding as the revision already on the branch: nothing to write.
      if (canonicalJson(manifestFor(onBranch.revision, onBranch.supersedes)) === canonicalJson(onBranch)) {
        const view = {
          files: assembly.files,
          manifest: onBranch,
          directory,
          sealed: sealed && { revision: sealed.manifest.revision, bundle: sealed.bundle, tag: sealed.tag },
        };
        await github.updatePullRequest(ctx.bundlesRepo, open.number, {
          title: pullRequestTitle(view),
          body: pullRequestBody(view),
        });
        ctx.log(
          `unchanged: ${product} ${release} revision ${onBranch.revision} is already on ${branch} (#${open.number})`,
        );
        return result(onBranch, assembly.files.holds.holds.length, open.number, directory, false);
      }
    }
    if (!onBranch && sealed && sealed.manifest.bundleDigest === assembly.digest) {
      ctx.log(
        `unchanged: ${product} ${release} revision ${sealed.manifest.revision} with this digest is already sealed as ${sealed.tag}`,
      );
      return result(sealed.manifest, assembly.files.holds.holds.length, 0, directory, false);
    }

    const manifest = manifestFor(
      (latest?.revision ?? 0) + 1,
      latest ? { revision: latest.revision, bundleDigest: latest.bundleDigest } : null,
    );
    if (head && !open) {
      // The previous pull request of this branch was merged or closed: start the new one from the default branch.
      await github.deleteRef(ctx.bundlesRepo, `heads/${branch}`);
    }
    const parent = head && open ? head.sha : defaultHead.sha;
    const files = renderReleaseFiles(assembly.files, manifest);
    const committed = await github.commitFiles(ctx.bundlesRepo, {
      branch,
      parent,
      expectedHead: head && open ? head.sha : null,
      message: [
        `cutover: ${product} ${release} revision ${manifest.revision}`,
        '',
        `Bundle ${assembly.digest} from ${input.tag} (${input.commit}) of ${slug(input.candidateRepo)}.`,
        `${assembly.files.holds.holds.length} open hold(s).${manifest.supersedes ? ` Supersedes revision ${manifest.supersedes.revision}.` : ''}`,
        '',
        `Cutover-Revision: ${manifest.revision}`,
        `Cutover-Bundle-Digest: ${assembly.digest}`,
      ].join('\n'),
      files: Object.fromEntries(
        Object.entries(files).map(([key, text]) => [
          `${directory}/${BUNDLE_FILES[key as keyof typeof BUNDLE_FILES]}`,
          text,
        ]),
      ),
    });
    if (committed.kind === 'moved') {
      ctx.log(`branch ${branch} moved while writing (attempt ${attempt}); re-reading and rebuilding`);
      continue;
    }
    const view = {
      files: assembly.files,
      manifest,
      directory,
      sealed: sealed && { revision: sealed.manifest.revision, bundle: sealed.bundle, tag: sealed.tag },
    };
    const title = pullRequestTitle(view);
    const body = pullRequestBody(view);
    const current = await github.findPullRequests(ctx.bundlesRepo, { head: branch, state: 'open' });
    const pull = current[0];
    let number: number;
    if (pull) {
      await github.updatePullRequest(ctx.bundlesRepo, pull.number, { title, body });
      number = pull.number;
    } else {
      number = (await github.createPullRequest(ctx.bundlesRepo, { head: branch, base: defaultBranch, title, body }))
        .number;
    }
    ctx.log(`wrote ${product} ${release} revision ${manifest.revision} as ${committed.sha} on ${branch} (#${number})`);
    return result(manifest, assembly.files.holds.holds.length, number, directory, true, committed.sha);
  }
  throw new RefusalError(
    `branch ${branch} kept moving during ${MAX_ATTEMPTS} attempts; nothing was force-pushed. Re-run the job.`,
  );
}

function result(
  manifest: ApprovalManifest,
  holds: number,
  pullRequest: number,
  directory: string,
  written: boolean,
  commit?: string,
): ModeResult {
  return {
    outputs: {
      'bundle-digest': manifest.bundleDigest,
      revision: String(manifest.revision),
      'pull-request-number': pullRequest ? String(pullRequest) : '',
      'holds-count': String(holds),
      'manifest-path': `${directory}/${BUNDLE_FILES.manifest}`,
      ...(commit ? { commit } : {}),
    },
    summary: [
      `### Cutover assemble: ${manifest.product} ${manifest.release} revision ${manifest.revision}`,
      '',
      `- ${written ? 'Written' : 'Unchanged, nothing written'}${pullRequest ? `; pull request #${pullRequest}` : ''}`,
      `- Bundle digest \`${manifest.bundleDigest}\``,
      `- ${holds} open hold(s)`,
    ].join('\n'),
  };
}

/** The candidate tag's signature status, read from GitHub's verification object, with its lineage. */
async function candidateSignature(
  ctx: ModeContext,
  input: AssembleInput,
  observedAt: string,
): Promise<SignatureRecord> {
  const ref = await ctx.github.getRef(input.candidateRepo, `tags/${input.tag}`);
  if (!ref)
    throw new InputError(`tag ${input.tag} does not exist in ${slug(input.candidateRepo)}`, {
      field: 'tag',
      expected: 'the release-candidate tag that triggered the workflow',
    });
  const locator = `${slug(input.candidateRepo)}@refs/tags/${input.tag}`;
  if (ref.objectType !== 'tag') {
    if (ref.sha !== input.commit)
      throw new RefusalError(`tag ${input.tag} points at ${ref.sha}, not at the checked-out commit ${input.commit}`);
    const lineage: Lineage = {
      system: 'github',
      locator,
      revision: ref.sha,
      digest: `gitobject:${ref.sha}`,
      observedAt,
    };
    return {
      type: 'signature',
      sourceId: 'candidate-tag',
      lineage,
      signature: { verified: false, reason: 'lightweight-tag' },
    };
  }
  const tag = await ctx.github.getTagObject(input.candidateRepo, ref.sha);
  if (tag.object.sha !== input.commit)
    throw new RefusalError(
      `tag ${input.tag} points at ${tag.object.sha}, not at the checked-out commit ${input.commit}`,
    );
  const lineage: Lineage = { system: 'github', locator, revision: tag.sha, digest: `gitobject:${tag.sha}`, observedAt };
  return {
    type: 'signature',
    sourceId: 'candidate-tag',
    lineage,
    signature: { verified: tag.verification.verified, reason: tag.verification.reason },
  };
}

/** The highest sealed revision of a release, with its bundle and manifest as tagged. */
async function latestSealed(
  ctx: ModeContext,
  product: string,
  release: string,
): Promise<{ tag: string; manifest: ApprovalManifest; bundle: Bundle } | undefined> {
  const refs = await ctx.github.listRefs(ctx.bundlesRepo, `tags/cutover/${product}/${release}/`);
  const tags = refs
    .map((r) => ({ ref: r, parsed: parseSealTagName(r.ref.replace(/^refs\/tags\//, '')) }))
    .filter(
      (t) => t.parsed && t.parsed.product === product && t.parsed.release === release && t.ref.objectType === 'tag',
    )
    .sort((a, b) => (b.parsed?.revision ?? 0) - (a.parsed?.revision ?? 0));
  const top = tags[0];
  if (!top) return undefined;
  const tagObject = await ctx.github.getTagObject(ctx.bundlesRepo, top.ref.sha);
  const directory = releaseDirectory(product, release);
  const paths = [`${directory}/${BUNDLE_FILES.bundle}`, `${directory}/${BUNDLE_FILES.manifest}`];
  const files = await ctx.github.readFiles(ctx.bundlesRepo, tagObject.object.sha, paths);
  const [bundlePath = '', manifestPath = ''] = paths;
  const bundleText = files[bundlePath];
  const manifestText = files[manifestPath];
  if (bundleText === undefined || manifestText === undefined)
    throw new RefusalError(`sealed tag ${tagObject.tag} points at a commit without ${directory}`);
  return {
    tag: tagObject.tag,
    bundle: validateDocument<Bundle>('bundle', parseDocument(bundleText, bundlePath, 'json'), bundlePath, bundleText),
    manifest: validateDocument<ApprovalManifest>(
      'manifest',
      parseDocument(manifestText, manifestPath, 'json'),
      manifestPath,
      manifestText,
    ),
  };
}
