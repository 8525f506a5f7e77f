/** The seal record a tag message carries, for tests that read what seal wrote; undefined when it carries none. */
import { sealRecordText } from '../../src/domain/seal.js';

export function sealRecordIn(message: string): unknown {
  const text = sealRecordText(message);
  return text === undefined ? undefined : JSON.parse(text);
}
