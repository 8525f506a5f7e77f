/**
 * The one escaping helper set for every piece of Markdown the action writes for people (check-run summaries, the
 * pull request body, job summaries). Values the action did not make itself (file paths, keys and values of
 * hand-edited files, hold evidence, source values, tag names, review reasons) go through `text` (`bodyText` in the
 * pull request body) or `code`, and table cells through `cell`/`table`, so a value renders as what it is: it
 * cannot add a row, a heading, a link with a text of its own, an image, an HTML element or a formula, end the
 * table early, hide what follows, ping anyone or reference an issue (a URL written out still becomes a link to
 * itself, as GitHub does with any URL in text). GitHub renders GitHub
 * Flavored Markdown (CommonMark + tables + strikethrough + autolinks + raw HTML, sanitized) plus `$` math.
 * Plain-text limits (annotation titles and messages) are cut with `truncate`/`truncateUtf8`, Markdown with `cut`.
 */
import { escapeControls } from '../errors.js';

/**
 * ASCII punctuation with an inline meaning in GitHub's Markdown: escapes, code spans, emphasis, links and
 * images (`[`), raw HTML and autolinks, entities, strikethrough, math. CommonMark renders a backslash before
 * any ASCII punctuation as that character alone. The table pipe is not among them (see `text`), nor `#`, which
 * opens a heading only at the start of a line (in a pull request body, `bodyText` breaks a reference `#12`).
 */
const INLINE = /[\\`*_[\]<>&~$]/g;

/**
 * Where GitHub would read an issue or pull request reference: `#` before a digit (`#12`, `acme/payments#12`) and
 * `GH-` before one (`GH-12`, any case). GitHub links such a reference in a pull request body, adds a "mentioned
 * this" event to the referenced issue (in another repository too, notifying whoever follows it), and a closing
 * keyword before it (`fixes #12`) links the issue to be closed when the pull request merges. A value (a hold's
 * evidence, a flag key, a source's value) must do none of that: a zero-width space follows its `#` or `GH`, as
 * Renovate writes `#` in the release notes it quotes.
 */
const REFERENCE = /#(?=\d)|(?<![A-Za-z0-9])GH(?=-\d)/gi;

/**
 * An `@` where GitHub would read a mention (`@user`, `@org/team`: at the start or after a character that is not
 * a word character, before a letter or digit). GitHub links and notifies mentions in the text of a pull request
 * body, backslash escapes or not; only code spans and a character between `@` and the name stop it. A value
 * (a scoped npm package such as `@babel/core` in a hold's evidence, a source's value) must not ping anyone:
 * a zero-width space follows its `@`, as Renovate and Dependabot write them.
 */
const MENTION = /(^|\W)@(?=[A-Za-z0-9])/g;

/**
 * A value for a commit message, where GitHub reads issue references (links them and adds a "mentioned this"
 * event to the issue; on the default branch a closing keyword before one closes it) and mentions, but no
 * Markdown: each is broken by a zero-width space, the character itself, as `bodyText` breaks them in a pull
 * request body (a commit message shows a character reference as written).
 */
export function commitText(value: string): string {
  return escapeControls(value).replace(REFERENCE, '$&\u200b').replace(MENTION, '$1@\u200b');
}

/**
 * Literal text for an inline position (a table cell, a list item, after a label). Control characters (line
 * breaks included) are written as visible escapes (`\n`, `\u202e`) first, so a value stays on its line; then
 * every character with an inline meaning is backslash-escaped, and a start that would open a block (a list
 * item, an ordered list, indented code) is neutralized, since the value may stand first in a list item. A `|`
 * becomes the character reference `&#124;`: a table splits its rows at pipes before any inline parsing, and
 * treats `\\` as an escape of its own there, so `\|` after a backslash of the value would end the cell; a
 * reference is no pipe to the table and renders as one. A mention is broken by a zero-width space (MENTION).
 */
export function text(value: string): string {
  return inline(value, false);
}

/**
 * `text` for a pull request body, where GitHub also acts on issue references: each is broken by a zero-width
 * space (REFERENCE). Check-run and job summaries, where GitHub acts on none, keep them as written (a refusal
 * they quote names its pull request as `#<number>`).
 */
export function bodyText(value: string): string {
  return inline(value, true);
}

/**
 * `text`, with issue references broken when `references` is set: before any character reference is written, since
 * each holds a `#` and digits.
 */
function inline(value: string, references: boolean): string {
  const escaped = escapeControls(value).replace(INLINE, '\\$&');
  return (references ? escaped.replace(REFERENCE, '$&&#8203;') : escaped)
    .replace(/\|/g, '&#124;')
    .replace(MENTION, '$1@&#8203;')
    .replace(/^ /, '&#32;')
    .replace(/^([-+=#])/, '\\$1')
    .replace(/^(\d+)([.)])/, '$1\\$2');
}

/**
 * Inline code that shows `value` exactly (control characters as visible escapes). Without a `|` it is a code
 * span whose fence is one backtick longer than the longest run of backticks inside, with a space padding
 * content that starts or ends with a backtick or has spaces at both ends (CommonMark strips one such space from
 * each side). With a `|` it is an HTML `<code>` element around `text(value)`: inside a table a code span's pipe
 * needs a backslash, and a backslash of the value just before it would make that pipe end the cell (GitHub's
 * table scanner takes `\\` as an escape), so no code span can show `\|` in a cell. An empty value renders as an
 * italic "(empty)", since an empty code span does not exist in Markdown.
 */
export function code(value: string): string {
  const content = escapeControls(value);
  if (content === '') return '_(empty)_';
  if (content.includes('|')) return `<code>${text(value)}</code>`;
  let longest = 0;
  for (const run of content.match(/`+/g) ?? []) longest = Math.max(longest, run.length);
  const fence = '`'.repeat(longest + 1);
  const pad =
    content.startsWith('`') ||
    content.endsWith('`') ||
    (content.startsWith(' ') && content.endsWith(' ') && content.trim() !== '')
      ? ' '
      : '';
  return `${fence}${pad}${content}${pad}${fence}`;
}

/**
 * A table cell from inline Markdown made with `text`/`code` or written by the action itself. Values never
 * bring a `|` (`text` writes it as a character reference), so a `|` here is the action's own, and gets the
 * backslash GFM needs to keep it in the cell; a line break (which only the action could have written) would
 * end the row: it becomes a space.
 */
export function cell(markdown: string): string {
  return markdown.replace(/\r\n?|\n/g, ' ').replace(/\|/g, '\\|');
}

/** A GFM table of inline Markdown cells (each passed through `cell`); a missing cell is empty. */
export function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]) => `| ${header.map((_, i) => cell(cells[i] ?? '')).join(' | ')} |`;
  return [line(header), `|${header.map(() => ' --- ').join('|')}|`, ...rows.map(line)].join('\n');
}

/** Whether cutting before index `at` would split a surrogate pair. */
function splitsPair(value: string, at: number): boolean {
  const before = value.charCodeAt(at - 1);
  const after = value.charCodeAt(at);
  return before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff;
}

/**
 * The first at most `max` UTF-16 units of a plain-text value, never half of a surrogate pair, with `…` in place
 * of the last unit when cut.
 */
export function truncate(value: string, max: number): string {
  if (value.length <= max) return value;
  let at = max - 1;
  if (splitsPair(value, at)) at -= 1;
  return `${value.slice(0, Math.max(at, 0))}…`;
}

/** The first at most `maxBytes` bytes of a value in UTF-8, cut between characters (never within one). */
export function truncateUtf8(value: string, maxBytes: number): string {
  if (Buffer.byteLength(value, 'utf8') <= maxBytes) return value;
  let bytes = 0;
  let at = 0;
  for (const char of value) {
    const size = Buffer.byteLength(char, 'utf8');
    if (bytes + size > maxBytes) break;
    bytes += size;
    at += char.length;
  }
  return value.slice(0, at);
}

/**
 * Where to cut Markdown so that at most `room` UTF-16 units stay: at the end of the last whole line that fits,
 * since the values inside a line never hold a line break, so no escape, code span, entity, table row or
 * surrogate pair is split. Only when that line ends in the first half of the room is a line cut inside, before
 * any entity, surrogate pair or backslash escape the cut would split.
 */
function cutIndex(markdown: string, room: number): number {
  let at = markdown.lastIndexOf('\n', room);
  if (at >= room / 2) return at;
  at = room;
  // An entity cut short would show as raw characters; half a surrogate pair as a replacement character; an
  // odd run of backslashes at the end would escape what follows.
  const entity = /&#?[0-9A-Za-z]*$/.exec(markdown.slice(Math.max(0, at - 16), at));
  if (entity) at -= entity[0].length;
  if (splitsPair(markdown, at)) at -= 1;
  let run = 0;
  while (run < at && markdown[at - run - 1] === '\\') run += 1;
  if (run % 2 === 1) at -= 1;
  return at;
}

/**
 * Markdown cut to at most `max` UTF-16 units, `note` included (a paragraph saying what was cut), or the whole
 * text when it fits (see `cutIndex` for where it cuts).
 */
export function cut(markdown: string, max: number, note: string): string {
  if (markdown.length <= max) return markdown;
  const room = max - note.length - 2;
  if (room <= 0) throw new Error(`cut: the note (${note.length} characters) does not fit in ${max}`);
  return `${markdown.slice(0, cutIndex(markdown, room))}\n\n${note}`;
}

/**
 * Markdown cut as `cut` does, to at most `maxBytes` bytes in UTF-8, note included: a job summary's limit is in
 * bytes (1 MiB per step).
 */
export function cutUtf8(markdown: string, maxBytes: number, note: string): string {
  if (Buffer.byteLength(markdown, 'utf8') <= maxBytes) return markdown;
  const room = maxBytes - Buffer.byteLength(note, 'utf8') - 2;
  if (room <= 0) throw new Error(`cutUtf8: the note does not fit in ${maxBytes} bytes`);
  // The longest prefix within the byte budget bounds the room in UTF-16 units.
  return `${markdown.slice(0, cutIndex(markdown, truncateUtf8(markdown, room).length))}\n\n${note}`;
}
