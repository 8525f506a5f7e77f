/**
 * Vitest helper: one server per file (beforeAll) with a per-test check that no OpenAPI contract violation and
 * no unimplemented route was seen, so a malformed request or response fails the test that caused it.
 */
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import { type GitHubServer, type GitHubServerOptions, startGitHubServer } from './index.js';

/** Returns a getter for the running server; the server starts in beforeAll and closes in afterAll. */
export function useGitHubServer(options: GitHubServerOptions = {}): () => GitHubServer {
  let server: GitHubServer | undefined;
  beforeAll(async () => {
    server = await startGitHubServer(options);
  });
  afterEach(() => {
    if (!server) return;
    const violations = server.contract.take();
    const unimplemented = server.log.unimplemented.splice(0);
    server.faults.clear();
    expect(violations, 'OpenAPI contract violations').toEqual([]);
    expect(unimplemented, 'requests to unimplemented routes').toEqual([]);
  });
  afterAll(async () => {
    await server?.close();
  });
  return () => {
    if (!server) throw new Error('GitHub test server not started');
    return server;
  };
}
