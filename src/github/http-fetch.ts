/**
 * The part of fetch Octokit uses, over node:http(s) rather than the global fetch (the cold start:
 * ../action/main.ts). Used by the one Octokit client (./octokit.ts) and by the action's first read
 * (./first-read.ts), which must not wait for that client to load, and by the http-json source kind.
 *
 * Proxies: the standard variables (HTTPS_PROXY, HTTP_PROXY, NO_PROXY, lower or upper case) choose, per request
 * and per redirect hop, a proxy agent (./proxy.ts); without them requests go directly, through the global agents.
 */
import { request as httpRequest, type IncomingMessage, type RequestOptions } from 'node:http';
import { Readable } from 'node:stream';
import { proxyAgent } from './proxy.js';

/** The product part of the User-Agent of every request Cutover sends to GitHub. */
export const USER_AGENT = 'cutover-action';

/** What Octokit passes to fetch (its `fetchWrapper`): a string or no body, and headers as a plain object. */
export interface FetchInit {
  method?: string;
  headers?: Record<string, string>;
  body?: unknown;
  redirect?: 'follow' | 'manual' | 'error';
  signal?: AbortSignal | null;
}

/** What Octokit reads of fetch's response. */
export interface FetchResponse {
  status: number;
  statusText: string;
  url: string;
  headers: { get(name: string): string | null; [Symbol.iterator](): IterableIterator<[string, string]> };
  text(): Promise<string>;
  json(): Promise<unknown>;
  arrayBuffer(): Promise<ArrayBuffer>;
  /** The body as a stream, for `request: { parseSuccessResponseBody: false }` (read with a byte limit). */
  readonly body: ReadableStream<Uint8Array>;
}

const MAX_REDIRECTS = 20;
/** Like fetch's (undici's) header and body timeouts: a stalled connection fails instead of hanging the job. */
const IDLE_TIMEOUT_MS = 300_000;

/**
 * fetch over node:http(s), through the proxy the standard variables name for the URL (./proxy.ts) or else the
 * global agents (keep-alive), following redirects as fetch does: 303 (and 301/302 after a POST) become a GET without body, and the
 * authorization header is dropped when a redirect leaves the origin (a release asset's download URL).
 */
export async function httpFetch(url: string, init: FetchInit = {}, onSent?: () => void): Promise<FetchResponse> {
  let method = (init.method ?? 'GET').toUpperCase();
  let body = requestBody(init.body);
  const headers: Record<string, string> = { ...init.headers };
  let current = new URL(url);
  for (let redirects = 0; ; redirects++) {
    const response = await send(current, { method, headers, signal: init.signal ?? undefined }, body, onSent);
    const status = response.statusCode ?? 0;
    const location = response.headers.location;
    if (![301, 302, 303, 307, 308].includes(status) || !location || init.redirect === 'manual')
      return fetchResponse(response, current, method);
    response.resume();
    if (init.redirect === 'error') throw new Error(`redirected (${status}) from ${current.href}`);
    if (redirects >= MAX_REDIRECTS) throw new Error(`too many redirects from ${url}`);
    const next = new URL(location, current);
    if (status === 303 ? method !== 'HEAD' : (status === 301 || status === 302) && method === 'POST') {
      method = 'GET';
      body = undefined;
      for (const name of Object.keys(headers))
        if (/^content-(type|length|encoding|language|location)$/i.test(name)) delete headers[name];
    }
    if (next.origin !== current.origin)
      for (const name of Object.keys(headers)) if (/^(authorization|cookie)$/i.test(name)) delete headers[name];
    current = next;
  }
}

function requestBody(body: unknown): string | Uint8Array | undefined {
  if (body === undefined || body === null) return undefined;
  if (typeof body === 'string' || body instanceof Uint8Array) return body;
  if (body instanceof ArrayBuffer) return new Uint8Array(body);
  throw new TypeError('request body: only a string or bytes can be sent');
}

async function send(
  url: URL,
  options: RequestOptions,
  body: string | Uint8Array | undefined,
  onSent: (() => void) | undefined,
): Promise<IncomingMessage> {
  // node:https (and TLS) is loaded only when a request needs it: GITHUB_API_URL may be plain http (a test server).
  const request = url.protocol === 'https:' ? process.getBuiltinModule('node:https').request : httpRequest;
  const agent = await proxyAgent(url);
  return new Promise((resolve, reject) => {
    const req = request(url, { ...options, ...(agent ? { agent } : {}), timeout: IDLE_TIMEOUT_MS }, resolve);
    req.on('timeout', () => req.destroy(new Error(`no response from ${url.origin} in ${IDLE_TIMEOUT_MS / 1000}s`)));
    req.on('error', reject);
    if (onSent) req.on('finish', onSent);
    req.end(body);
  });
}

function fetchResponse(response: IncomingMessage, url: URL, method: string): FetchResponse {
  const status = response.statusCode ?? 0;
  // No body can follow: drain it so the connection returns to the pool (Octokit reads none of these).
  if (method === 'HEAD' || status === 204 || status === 205 || status === 304) response.resume();
  response.on('error', () => {}); // a failing body fails its reader (bytes() below, or the web stream)
  const headers = Object.entries(response.headers).flatMap(
    ([name, value]): Array<[string, string]> =>
      value === undefined ? [] : [[name, Array.isArray(value) ? value.join(', ') : value]],
  );
  let stream: ReadableStream<Uint8Array> | undefined;
  const bytes = async (): Promise<Buffer> => {
    const chunks: Buffer[] = [];
    for await (const chunk of response) chunks.push(chunk);
    return Buffer.concat(chunks);
  };
  return {
    status,
    statusText: response.statusMessage ?? '',
    url: url.href,
    headers: {
      get: (name) => headers.find(([n]) => n === name.toLowerCase())?.[1] ?? null,
      [Symbol.iterator]: () => headers[Symbol.iterator](),
    },
    text: async () => (await bytes()).toString('utf8'),
    json: async () => JSON.parse((await bytes()).toString('utf8')),
    arrayBuffer: async () => new Uint8Array(await bytes()).buffer,
    // One web stream per response, however often `body` is read (a second toWeb would compete for the data).
    get body() {
      stream ??= Readable.toWeb(response);
      return stream;
    },
  };
}
