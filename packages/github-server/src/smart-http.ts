/**
 * Serves repositories over git's smart HTTP protocol through `git http-backend` (CGI). Fetches are anonymous;
 * pushes are enabled per request by the caller (index.ts sets REMOTE_USER and the hooks after authenticating).
 */
import { spawn } from 'node:child_process';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { baseGitEnv } from './git.js';

/** Pipes one HTTP request through git http-backend. `pathInfo` is `/<owner>/<repo>.git/...`. */
export function serveGit(
  req: IncomingMessage,
  res: ServerResponse,
  options: { projectRoot: string; home: string; pathInfo: string; query: string; env?: Record<string, string> },
): void {
  const env: Record<string, string> = {
    ...baseGitEnv(options.home),
    GIT_PROJECT_ROOT: options.projectRoot,
    GIT_HTTP_EXPORT_ALL: '1',
    PATH_INFO: options.pathInfo,
    REQUEST_METHOD: req.method ?? 'GET',
    QUERY_STRING: options.query,
    CONTENT_TYPE: String(req.headers['content-type'] ?? ''),
    REMOTE_ADDR: '127.0.0.1',
    ...options.env,
  };
  const encoding = req.headers['content-encoding'];
  if (typeof encoding === 'string') env.HTTP_CONTENT_ENCODING = encoding;
  if (req.headers['git-protocol']) env.GIT_PROTOCOL = String(req.headers['git-protocol']);
  const child = spawn('git', ['http-backend'], { env, stdio: ['pipe', 'pipe', 'pipe'] });
  req.pipe(child.stdin);
  child.stderr.resume();
  let header = Buffer.alloc(0);
  let headersDone = false;
  child.stdout.on('data', (chunk: Buffer) => {
    if (headersDone) {
      res.write(chunk);
      return;
    }
    header = Buffer.concat([header, chunk]);
    const end = header.indexOf('\r\n\r\n');
    const endLf = header.indexOf('\n\n');
    const cut = end !== -1 ? end : endLf;
    if (cut === -1) return;
    const sep = end !== -1 ? 4 : 2;
    const lines = header.subarray(0, cut).toString('utf8').split(/\r?\n/);
    let status = 200;
    for (const line of lines) {
      const colon = line.indexOf(':');
      const name = line.slice(0, colon).trim();
      const value = line.slice(colon + 1).trim();
      if (name.toLowerCase() === 'status') status = Number.parseInt(value, 10);
      else if (name) res.setHeader(name, value);
    }
    res.statusCode = status;
    headersDone = true;
    res.write(header.subarray(cut + sep));
  });
  child.on('close', () => res.end());
  child.on('error', () => {
    res.statusCode = 500;
    res.end();
  });
}
