/** Request/response types shared by the router and the route modules of the test server. */
import type { Account, Token } from './state.js';

/** Who is calling: the account behind the token (undefined for anonymous requests). */
export interface Identity {
  account: Account;
  token: Token;
}

/** A parsed API request. */
export interface ApiRequest {
  method: string;
  /** Decoded path relative to the API root, without query. */
  path: string;
  template: string;
  operationId: string;
  params: Record<string, string>;
  query: Record<string, string>;
  body: unknown;
  raw: Buffer;
  headers: Record<string, string | string[] | undefined>;
  identity: Identity | undefined;
}

/** What a handler answers. `raw` bodies are sent as-is (binary downloads). */
export interface ApiResponse {
  status: number;
  body?: unknown;
  raw?: Buffer;
  headers?: Record<string, string>;
}

/** A route: GitHub's method + OpenAPI path template, and its handler. */
export interface Route {
  method: string;
  template: string;
  operationId: string;
  /** The last path parameter may contain unencoded slashes. */
  greedy?: boolean;
  /** Request body is not JSON (uploads). */
  rawBody?: boolean;
  handler: (req: ApiRequest) => Promise<ApiResponse>;
}

/** An error that becomes a GitHub-shaped error response. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly extra: Record<string, unknown> = {},
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
    this.name = 'HttpError';
  }
}

/** Shorthand for HttpError(404, 'Not Found'). */
export function notFound(): HttpError {
  return new HttpError(404, 'Not Found');
}

/** A 422 "Validation Failed"-style error with GitHub's errors array. */
export function unprocessable(message: string, errors?: unknown[]): HttpError {
  return new HttpError(422, message, errors ? { errors } : {});
}

/** Narrows an unknown request body to a record. */
export function bodyObject(req: ApiRequest): Record<string, unknown> {
  const body = req.body;
  return typeof body === 'object' && body !== null && !Array.isArray(body) ? (body as Record<string, unknown>) : {};
}

/** Reads a string field, or undefined. */
export function str(obj: Record<string, unknown>, key: string): string | undefined {
  const value = obj[key];
  return typeof value === 'string' ? value : undefined;
}

/** Reads a required string field or answers 422 like GitHub. */
export function requireStr(obj: Record<string, unknown>, key: string): string {
  const value = str(obj, key);
  if (value === undefined) throw new HttpError(422, `Invalid request.\n\n"${key}" wasn't supplied.`);
  return value;
}

/** Parses an integer path parameter or answers 404. */
export function intParam(req: ApiRequest, name: string): number {
  const value = Number(req.params[name]);
  if (!Number.isInteger(value)) throw notFound();
  return value;
}

/** A JSON response. */
export function json(status: number, body: unknown): ApiResponse {
  return { status, body };
}
