import { startFirstRead } from './first.js';

// The first API request goes out before the rest of the action loads (./first.ts); run() takes its answer.
// The rest loads once the head start's requests are on the wire (gate sends four more beside the first):
// evaluating it blocks the event loop, so it would otherwise hold up the connections, where now it overlaps the
// wait for the answers.
const first = startFirstRead(process.env);
await first?.allSent;
const { run } = await import('./main.js');
await run(process.env, first);
