/**
 * Output of the reader commands (`inspect`, `list`) made safe for a terminal. What they print comes from the
 * repository read (a tag object's name header, ref names, keys of a hand-edited file), which a hostile
 * repository fills with ESC sequences, C1 controls or bidirectional overrides that would erase, rewrite or
 * reorder what the operator reads. Text goes through escapeControls; JSON keeps its meaning (a parser reads the
 * same strings) but spells those characters as `\u` escapes, which JSON.stringify leaves raw above U+001F.
 */
import { escapeControls } from '../errors.js';

export { escapeControls as terminalText };

/** Characters JSON.stringify writes raw that a terminal acts on: DEL, C1, line/paragraph separators, bidi. */
const RAW_IN_JSON = /[\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/** `JSON.stringify(value, null, 2)` with every terminal control written as a `\u` escape. */
export function terminalJson(value: unknown): string {
  return JSON.stringify(value, null, 2).replace(
    RAW_IN_JSON,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}
