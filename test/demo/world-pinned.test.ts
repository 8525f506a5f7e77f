/**
 * Characterisation of the demo world's construction (issue 15, item 2): every call `createWorld` makes on the
 * server's admin API, in order and with its arguments, the GitHub requests it sends, and the world it returns,
 * at a fixed time. Tokens, object ids and ports are written as labels in order of first appearance, so the text
 * is the same on every run; its sha256 was taken on the code before `populate` was split into named steps.
 * Runs on the sources (no dist/ needed).
 */
import { createHash } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { type GitHubServer, startGitHubServer } from '../../packages/github-server/index.js';
import { createWorld } from '../../src/cli/demo-world.js';
import { repoRoot } from '../helpers/paths.js';

describe('the demo world, pinned', () => {
  it('is built by the same admin calls and requests, in the same order, into the same world', async () => {
    const server = await startGitHubServer();
    const calls: string[] = [];
    const tokens: string[] = [];
    const admin = new Proxy(server.admin, {
      get(target, key, receiver) {
        const value = Reflect.get(target, key, receiver);
        if (typeof value !== 'function') return value;
        return (...args: unknown[]) => {
          calls.push(`${String(key)} ${JSON.stringify(args)}`);
          const result = value.apply(target, args);
          if (key === 'createToken' && typeof result === 'string') tokens.push(result);
          return result;
        };
      },
    });
    const recorded = new Proxy(server, {
      get: (target, key, receiver) => (key === 'admin' ? admin : Reflect.get(target, key, receiver)),
    }) as GitHubServer;
    const world = await createWorld(recorded, path.join(repoRoot, 'examples'), new Date('2026-11-20T10:00:00Z'));
    try {
      const { server: _server, changeManagement, ...rest } = world;
      const requests = server.log.entries.map((e) => `${e.operationId} ${e.status}`);
      const text = [
        ...calls,
        ...requests,
        JSON.stringify({
          ...rest,
          changeManagement: { url: changeManagement.url, requests: changeManagement.requests },
        }),
      ].join('\n');
      const labels = new Map<string, string>();
      const label = (kind: string) => (value: string) => {
        if (!labels.has(value)) labels.set(value, `<${kind}${labels.size}>`);
        return labels.get(value) ?? value;
      };
      let stable = text.replace(/127\.0\.0\.1:\d+/g, label('host'));
      for (const token of tokens) stable = stable.replaceAll(token, label('token')(token));
      stable = stable.replace(/\b[0-9a-f]{40}\b/g, label('id'));
      // PIN_DUMP=<file> writes the pinned text, to see what a changed digest changed.
      if (process.env.PIN_DUMP) await writeFile(process.env.PIN_DUMP, stable);
      expect(tokens).toHaveLength(9);
      expect(createHash('sha256').update(stable).digest('hex')).toBe(
        '5e4f2eaf12020545214e517baca9d168a17afc03e5e92a8a4d19b05d49c55ba2',
      );
    } finally {
      await world.changeManagement.close();
      await server.close();
    }
  }, 60_000);
});
