/**
 * Reading a response body with a byte limit: the limit is enforced while reading, so an oversized or endless
 * body is cut off instead of filling memory.
 */

/** The body's bytes, or `undefined` as soon as it exceeds `maxBytes` (the stream is then cancelled). */
export async function readAtMost(body: ReadableStream<Uint8Array>, maxBytes: number): Promise<Uint8Array | undefined> {
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel();
      return undefined;
    }
    chunks.push(value);
  }
  return new Uint8Array(Buffer.concat(chunks));
}
