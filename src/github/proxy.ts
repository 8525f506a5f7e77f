/**
 * The standard proxy variables for Cutover's own HTTP requests (the action's API requests through
 * ./http-fetch.ts, and every HTTP source kind): which proxy, if any, a request goes through, and the agent that
 * sends it there. git (the reader, and the workspace checkout) reads the same variables itself through libcurl.
 *
 * - `https_proxy` / `HTTPS_PROXY` for https:// targets, `http_proxy` / `HTTP_PROXY` for http:// targets; the
 *   lower-case name wins when both are set (as in curl). curl, and so git, ignores upper-case `HTTP_PROXY` (a
 *   CGI-era precaution); Cutover honours it, as Node's and the Actions toolkit's clients do. A proxy URL without
 *   a scheme is http://; http:// and https:// proxies are supported, with `user:password@` sent as
 *   Proxy-Authorization. https targets are tunnelled (CONNECT), http targets are sent to the proxy as absolute
 *   URLs. A CONNECT answered with anything but 200 fails the request (refuseUnopenedTunnels).
 * - `no_proxy` / `NO_PROXY` (lower case wins): entries separated by commas or spaces; `*` alone bypasses every
 *   host; a name matches itself and every subdomain (`example.com` matches `api.example.com`; a leading `.` or
 *   `*.` is ignored); an IP address matches only itself, or a subnet given in CIDR form (`10.0.0.0/8`); an entry
 *   with `:port` matches only that port (curl ignores ports; Go and the Actions toolkit honour them).
 * - Loopback is proxied like any other host unless NO_PROXY names it, as curl (and so git) does: add
 *   `localhost,127.0.0.1,::1` to NO_PROXY where a proxy must not see local traffic.
 *
 * The agents (https-proxy-agent, http-proxy-agent) are loaded only when a request is to go through a proxy, so
 * a run without proxy variables loads nothing more (the cold start: ../action/main.ts).
 */
import type { Agent, ClientRequest } from 'node:http';
import { BlockList, isIP } from 'node:net';
import { InputError } from '../errors.js';

/** The variables read here: the process environment, or a test's. */
export type ProxyEnvironment = Readonly<Record<string, string | undefined>>;

/** A proxy chosen for a target: its URL, and the same URL with any credentials hidden (for messages). */
export interface ProxyChoice {
  url: URL;
  display: string;
  /** The variable it came from (e.g. `HTTPS_PROXY`). */
  variable: string;
}

/** The proxy a request to `target` goes through, or undefined for a direct connection. */
export function proxyFor(target: URL, env: ProxyEnvironment = process.env): ProxyChoice | undefined {
  const scheme = target.protocol === 'https:' ? 'https' : target.protocol === 'http:' ? 'http' : undefined;
  if (!scheme) return undefined;
  const proxy = variable(env, `${scheme}_proxy`);
  if (!proxy) return undefined;
  const noProxy = variable(env, 'no_proxy');
  if (noProxy && bypasses(noProxy.value, target)) return undefined;
  return parseProxy(proxy.value, proxy.name);
}

/** Whether the NO_PROXY list `list` sends requests to `target` directly. */
export function bypasses(list: string, target: URL): boolean {
  const host = unbracket(target.hostname.toLowerCase()).replace(/\.$/, '');
  const port = target.port || (target.protocol === 'https:' ? '443' : '80');
  const hostIp = isIP(host);
  for (const raw of list.split(/[\s,]+/)) {
    let entry = raw.trim().toLowerCase();
    if (!entry) continue;
    if (entry === '*') return true;
    let entryPort: string | undefined;
    const withPort = /^(\[[^\]]+\]|[^:]+):(\d+)$/.exec(entry);
    if (withPort?.[1] && withPort[2]) {
      entry = withPort[1];
      entryPort = withPort[2];
    }
    entry = unbracket(entry);
    if (entryPort !== undefined && entryPort !== port) continue;
    const cidr = /^(.+)\/(\d{1,3})$/.exec(entry);
    if (cidr?.[1] && cidr[2]) {
      const family = isIP(cidr[1]);
      const bits = Number(cidr[2]);
      if (!hostIp || family !== hostIp || bits > (family === 4 ? 32 : 128)) continue;
      const subnet = new BlockList();
      subnet.addSubnet(cidr[1], bits, family === 4 ? 'ipv4' : 'ipv6');
      if (subnet.check(host, hostIp === 4 ? 'ipv4' : 'ipv6')) return true;
      continue;
    }
    if (isIP(entry) || hostIp) {
      if (isIP(entry) && hostIp && sameAddress(entry, host)) return true;
      continue;
    }
    const domain = entry.replace(/^\*?\./, '').replace(/\.$/, '');
    if (domain && (host === domain || host.endsWith(`.${domain}`))) return true;
  }
  return false;
}

/** The agent for a request to `target`: one per proxy and target scheme, kept alive; undefined when direct. */
export async function proxyAgent(target: URL, env: ProxyEnvironment = process.env): Promise<Agent | undefined> {
  const proxy = proxyFor(target, env);
  if (!proxy) return undefined;
  const key = `${target.protocol} ${proxy.url.href}`;
  let agent = agents.get(key);
  if (!agent) {
    const { url, headers } = withoutCredentials(proxy.url);
    if (target.protocol === 'https:') {
      const tunnel = new (await import('https-proxy-agent')).HttpsProxyAgent(url, { keepAlive: true, headers });
      refuseUnopenedTunnels(tunnel, proxy.display);
      agent = tunnel;
    } else {
      agent = new (await import('http-proxy-agent')).HttpProxyAgent(url, { keepAlive: true, headers });
    }
    agents.set(key, agent);
  }
  return agent;
}

/**
 * The proxy URL without its `user:password@`, and the Proxy-Authorization header that carries them instead.
 * The agents log their proxy's URL through `debug` (DEBUG=https-proxy-agent), so a URL with credentials
 * would print the password; the header is sent, never logged.
 */
function withoutCredentials(proxy: URL): { url: URL; headers: Record<string, string> } {
  if (!proxy.username && !proxy.password) return { url: proxy, headers: {} };
  const url = new URL(proxy.href);
  url.username = '';
  url.password = '';
  const auth = `${decodeURIComponent(proxy.username)}:${decodeURIComponent(proxy.password)}`;
  return { url, headers: { 'Proxy-Authorization': `Basic ${Buffer.from(auth).toString('base64')}` } };
}

/**
 * Fails a request whose CONNECT the proxy answered with anything but 200. https-proxy-agent replays such a reply
 * to the request as the origin's response (meant for a 407), outside TLS: a proxy, or anyone on the plain-TCP path
 * to an http:// proxy, could otherwise answer `203` with a JSON body and be read as GitHub or an https source.
 */
function refuseUnopenedTunnels(agent: Agent, display: string): void {
  agent.on('proxyConnect', (connect: { statusCode?: number; statusText?: string }, request: ClientRequest) => {
    if (connect.statusCode === 200) return;
    const to = String(request.getHeader('host') ?? request.host);
    const status = `${connect.statusCode ?? '?'} ${String(connect.statusText ?? '').slice(0, 100)}`.trim();
    const error = new Error(
      `the proxy ${display} did not open a tunnel to ${to}: it answered CONNECT with HTTP ${status}`,
    );
    request.destroy(Object.assign(error, { code: 'ERR_PROXY_TUNNEL' }));
  });
}

const agents = new Map<string, Agent>();

function variable(env: ProxyEnvironment, lower: string): { name: string; value: string } | undefined {
  for (const name of [lower, lower.toUpperCase()]) {
    const value = env[name]?.trim();
    if (value) return { name, value };
  }
  return undefined;
}

function parseProxy(value: string, name: string): ProxyChoice {
  let url: URL;
  try {
    url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(value) ? value : `http://${value}`);
  } catch {
    throw new InputError(`environment variable ${name} is not a valid proxy URL`, { field: name, expected });
  }
  const display = `${url.protocol}//${url.username || url.password ? '***@' : ''}${url.host}`;
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new InputError(`environment variable ${name} names a ${url.protocol.slice(0, -1)} proxy (${display})`, {
      field: name,
      expected,
    });
  if (!url.hostname)
    throw new InputError(`environment variable ${name} names no proxy host`, { field: name, expected });
  return { url, display, variable: name };
}

const expected = 'an http:// or https:// proxy URL, e.g. http://proxy.example.com:3128';

function unbracket(host: string): string {
  return host.startsWith('[') && host.endsWith(']') ? host.slice(1, -1) : host;
}

function sameAddress(a: string, b: string): boolean {
  if (isIP(a) !== isIP(b)) return false;
  const list = new BlockList();
  list.addAddress(a, isIP(a) === 4 ? 'ipv4' : 'ipv6');
  return list.check(b, isIP(b) === 4 ? 'ipv4' : 'ipv6');
}
