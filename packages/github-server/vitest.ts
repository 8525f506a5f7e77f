/**
 * Vitest helper: starts the server (once per file, or per test with `perTest`) and, after every test, fails it if
 * any OpenAPI contract violation or unimplemented route was seen, so a malformed request or response fails the
 * test that caused it. Tests that provoke violations on purpose consume them with `server.contract.take()`.
 */
import { afterAll, afterEach, beforeAll, beforeEach, expect } from 'vitest';
import { type GitHubServer, type GitHubServerOptions, startGitHubServer } from './index.js';

/** Options of useGitHubServer. */
export interface UseGitHubServerOptions extends GitHubServerOptions {
  /** Start a fresh server for every test instead of one per file (slower: each loads the OpenAPI description). */
  perTest?: boolean;
}

/** Returns a getter for the running server. */
export function useGitHubServer(options: UseGitHubServerOptions = {}): () => GitHubServer {
  const { perTest, ...serverOptions } = options;
  let server: GitHubServer | undefined;
  const start = async (): Promise<void> => {
    server = await startGitHubServer(serverOptions);
  };
  const stop = async (): Promise<void> => {
    await server?.close();
    server = undefined;
  };
  if (perTest) beforeEach(start);
  else beforeAll(start);
  afterEach(async () => {
    if (!server) return;
    const violations = server.contract.take();
    const unimplemented = server.log.unimplemented.splice(0);
    server.faults.clear();
    if (perTest) await stop();
    expect(violations, 'OpenAPI contract violations').toEqual([]);
    expect(unimplemented, 'requests to unimplemented routes').toEqual([]);
  });
  afterAll(stop);
  return () => {
    if (!server) throw new Error('GitHub test server not started');
    return server;
  };
}
