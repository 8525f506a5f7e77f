/** Request log of the test server, so tests can count the API calls a mode made. */

/** One served API request. */
export interface LogEntry {
  method: string;
  path: string;
  operationId: string;
  status: number;
  identity: string | null;
  /** Epoch ms when the request arrived. */
  at: number;
  /** Server-side handling time in ms. */
  durationMs: number;
}

/** Filter for counting log entries; `path` may be a RegExp over the decoded path. */
export interface LogFilter {
  method?: string;
  path?: string | RegExp;
  operationId?: string;
  status?: number;
  identity?: string;
}

/** Append-only request log. */
export class RequestLog {
  entries: LogEntry[] = [];
  /** Routes that were requested but not implemented (also present in `entries` with status 404). */
  unimplemented: { method: string; path: string }[] = [];

  /** Records a request. */
  add(entry: LogEntry): void {
    this.entries.push(entry);
  }

  /** Counts entries matching every given field. */
  count(filter: LogFilter = {}): number {
    return this.filter(filter).length;
  }

  /** Entries matching every given field. */
  filter(filter: LogFilter = {}): LogEntry[] {
    return this.entries.filter(
      (e) =>
        (filter.method === undefined || e.method === filter.method.toUpperCase()) &&
        (filter.operationId === undefined || e.operationId === filter.operationId) &&
        (filter.status === undefined || e.status === filter.status) &&
        (filter.identity === undefined || e.identity === filter.identity) &&
        (filter.path === undefined ||
          (typeof filter.path === 'string' ? e.path === filter.path : filter.path.test(e.path))),
    );
  }

  /** Clears the log. */
  reset(): void {
    this.entries = [];
    this.unimplemented = [];
  }
}
