/**
 * @actions/core, loaded on first use. The toolkit bundles an HTTP client (undici, for OIDC tokens) that no
 * command needs before its first API request (the cold start: ./main.ts). Every use goes through the one
 * import promise, so messages reach the runner in the order they were emitted.
 */
type Core = typeof import('@actions/core');

let loading: Promise<Core> | undefined;
const onLoad: Array<(core: Core) => void> = [];

/** The toolkit, imported (once) when first asked for; calls queued by `beforeAnyOutput` run first. */
export function actionsCore(): Promise<Core> {
  loading ??= import('@actions/core').then((core) => {
    for (const call of onLoad.splice(0)) call(core);
    return core;
  });
  return loading;
}

/**
 * Queues a call that must precede every message (masking a secret) without loading the toolkit: it runs as
 * soon as anything loads it, before any other use.
 */
export function beforeAnyOutput(call: (core: Core) => void): void {
  if (loading) void loading.then(call);
  else onLoad.push(call);
}

/**
 * Writes through the toolkit from synchronous callers (loggers): queued behind every earlier use, in order.
 * Await `actionsCore()` afterwards to know everything queued so far has been written.
 */
export function withCore(write: (core: Core) => void): void {
  void actionsCore().then(write);
}
