/** Matches request paths against routes declared with GitHub's OpenAPI path templates. */
import type { Route } from './http.js';

interface Compiled {
  route: Route;
  segments: { literal?: string; param?: string }[];
}

/** A matched route with decoded path parameters. */
export interface RouteMatch {
  route: Route;
  params: Record<string, string>;
}

function decode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/** A route table. Parameters accept both `a%2Fb` and, for greedy routes, `a/b` in their last parameter. */
export class Router {
  private readonly compiled: Compiled[];

  constructor(routes: Route[]) {
    this.compiled = routes.map((route) => ({
      route,
      segments: route.template
        .split('/')
        .slice(1)
        .map((s) => {
          const m = /^\{(.+)\}$/.exec(s);
          return m?.[1] ? { param: m[1] } : { literal: s };
        }),
    }));
  }

  /** All routes. */
  routes(): Route[] {
    return this.compiled.map((c) => c.route);
  }

  /** Finds the route for a method and raw (still percent-encoded) path. */
  match(method: string, rawPath: string): RouteMatch | undefined {
    const parts = rawPath.replace(/\/+$/, '').split('/').slice(1);
    for (const { route, segments } of this.compiled) {
      if (route.method !== method) continue;
      const params = this.matchSegments(segments, parts, route.greedy === true);
      if (params) return { route, params };
    }
    return undefined;
  }

  private matchSegments(
    segments: Compiled['segments'],
    parts: string[],
    greedy: boolean,
  ): Record<string, string> | undefined {
    if (parts.length < segments.length || (!greedy && parts.length !== segments.length)) return undefined;
    const params: Record<string, string> = {};
    for (let i = 0; i < segments.length; i++) {
      const segment = segments[i];
      const part = parts[i];
      if (!segment || part === undefined || part === '') return undefined;
      const last = i === segments.length - 1;
      if (segment.literal !== undefined) {
        if (segment.literal !== part) return undefined;
        if (last && parts.length !== segments.length) return undefined;
      } else if (segment.param) {
        params[segment.param] = last && greedy ? parts.slice(i).map(decode).join('/') : decode(part);
      }
    }
    return params;
  }
}
