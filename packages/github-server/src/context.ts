/** The shared context every route and admin helper works with: state, URLs, temp dirs and the write lock. */
import type { ServerState } from './state.js';

/** Serializes async critical sections (GitHub applies writes to one repository one at a time). */
export class Mutex {
  private tail: Promise<void> = Promise.resolve();

  /** Runs `fn` after every previously queued section finished. */
  run<T>(fn: () => Promise<T>): Promise<T> {
    const result = this.tail.then(fn);
    this.tail = result.then(
      () => undefined,
      () => undefined,
    );
    return result;
  }
}

/** URLs of a running server. */
export interface ServerUrls {
  /** http://127.0.0.1:PORT */
  url: string;
  /** REST root (like GHES: `${url}/api/v3`). */
  apiUrl: string;
  /** Upload root used in release upload_url (`${url}/api/uploads`). */
  uploadsUrl: string;
}

/** Everything handlers need. */
export interface ServerContext extends ServerUrls {
  state: ServerState;
  /** Temp root holding repositories (removed by close()). */
  root: string;
  /** HOME for git (empty dir, no config). */
  home: string;
  lock: Mutex;
}
