import { startFirstRead } from './first.js';

// The first API request goes out before the rest of the action loads (./first.ts); run() takes its answer.
// The rest loads once that request is on the wire: evaluating it blocks the event loop, so it would otherwise
// hold up the connection, where now it overlaps the wait for the answer.
const first = startFirstRead(process.env);
await first?.sent;
const { run } = await import('./main.js');
await run(process.env, first);
