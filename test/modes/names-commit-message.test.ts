/**
 * assemble's commit message quotes names from the service repository: the candidate tag (any name git takes, `#`
 * and `@` included), and the product and release of its sources file. GitHub reads issue references (`#7`,
 * `GH-7`, `owner/repo#7`) and mentions in commit messages: it links them and adds a "mentioned this" event to the
 * issue, and on the default branch a closing keyword before one closes it. Each is broken by a zero-width space,
 * in the pull request's title (where GitHub links references too) as well.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { RepoRef } from '../../src/github/port.js';
import { runAssemble } from '../../src/modes/assemble.js';
import type { SourcesConfig } from '../../src/schema/documents.js';
import { localWorkspace } from '../../src/sources/workspace.js';
import { examplesDir } from '../helpers/paths.js';
import { FakeSourceGitHub } from '../sources/fake-github.js';
import { BUNDLES, world, writerActor } from './world.js';

const SERVICE: RepoRef = { owner: 'acme', repo: 'payments-platform' };
const ZWSP = '\u200b';

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

/**
 * assemble of the example records as `product` `release`, on candidate tag `tag`: the written commit's message,
 * and the pull request's title.
 */
async function written(tag: string, product: string, release: string): Promise<{ message: string; title: string }> {
  const config: SourcesConfig = {
    schemaVersion: 1,
    product,
    release,
    sources: [{ id: 'release-records', kind: 'records', path: 'release-records.yaml' }],
  };
  const dir = mkdtempSync(path.join(tmpdir(), 'cutover-commit-message-'));
  dirs.push(dir);
  writeFileSync(
    path.join(dir, 'release-records.yaml'),
    readFileSync(path.join(examplesDir, 'payments-platform/release-records.yaml'), 'utf8'),
  );
  writeFileSync(path.join(dir, 'cutover.sources.yaml'), JSON.stringify(config));
  const w = world();
  const commit = w.github.createRepo(SERVICE, { 'README.md': '# payments-platform\n' });
  w.github.annotatedTag(SERVICE, tag, commit, 'release candidate', true);
  w.github.actor = writerActor;
  const result = await runAssemble(w.ctx, {
    config,
    configPath: 'cutover.sources.yaml',
    workspace: localWorkspace(dir, { observedAt: '2026-11-20T09:12:44Z' }),
    candidateRepo: SERVICE,
    tag,
    commit,
    sourceGitHub: new FakeSourceGitHub({ repository: 'acme/payments-platform' }),
    env: {},
    maxFileBytes: 10 * 1024 * 1024,
  });
  const commitSha = result.outputs.commit;
  if (!commitSha) throw new Error('assemble wrote no commit');
  const { message } = await w.github.getCommit(BUNDLES, commitSha);
  const { title } = await w.github.getPullRequest(BUNDLES, Number(result.outputs['pull-request-number']));
  return { message, title };
}

/** Issue references and mentions GitHub would read in a commit message. */
const REFERENCES = /(?:^|[^A-Za-z0-9])(?:#\d|GH-\d)|(?:^|\W)@[A-Za-z0-9]/gim;

describe("assemble's commit message", () => {
  it('quotes a candidate tag holding issue references and mentions with each broken', async () => {
    const tag = 'rc-#7-acme/payments#8-@acme/ops';
    const { message } = await written(tag, 'payments-platform', '2026.11.3');
    expect(message.match(REFERENCES)).toBeNull();
    expect(message).toContain(`from rc-#${ZWSP}7-acme/payments#${ZWSP}8-@${ZWSP}acme/ops (`);
    // Without the zero-width spaces the quoted tag is the tag.
    expect(message.replaceAll(ZWSP, '')).toContain(`from ${tag} (`);
  });

  it('breaks a GH- reference in a product or release name from the sources file, in the pull request title too', async () => {
    const { message, title } = await written('v2026.11.3-rc.2', 'GH-7', 'gh-8');
    expect(message.match(REFERENCES)).toBeNull();
    expect(message.split('\n')[0]).toBe(`cutover: GH${ZWSP}-7 gh${ZWSP}-8 revision 1`);
    expect(title).toMatch(new RegExp(`^cutover: GH${ZWSP}-7 gh${ZWSP}-8 r1(?: \\(|$)`));
  });

  it('leaves names without references as they are', async () => {
    const { message, title } = await written('v2026.11.3-rc.2', 'payments-platform', '2026.11.3');
    expect(message + title).not.toContain(ZWSP);
    expect(message.split('\n')[0]).toBe('cutover: payments-platform 2026.11.3 revision 1');
  });
});
