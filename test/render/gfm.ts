/**
 * GitHub Flavored Markdown rendered by a real GFM parser (micromark with its GFM extension: CommonMark, tables,
 * strikethrough, autolinks, raw HTML passed through as GitHub passes it to its sanitizer), and what a reader
 * sees of the result: tables with their rows and cells, headings, links, images and HTML elements. Tests of the
 * Markdown the action writes judge that rendering, not the Markdown source.
 */
import { micromark } from 'micromark';
import { gfm, gfmHtml } from 'micromark-extension-gfm';

/** The HTML GitHub's renderer would make of `markdown` (before sanitizing). */
export function render(markdown: string): string {
  return micromark(markdown, { allowDangerousHtml: true, extensions: [gfm()], htmlExtensions: [gfmHtml()] });
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" };

/** The text a reader sees of an HTML fragment: tags removed, entities decoded. */
export function textOf(html: string): string {
  return html
    .replace(/<[^>]*>/g, '')
    .replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (m, e: string) =>
      e.startsWith('#x') || e.startsWith('#X')
        ? String.fromCodePoint(Number.parseInt(e.slice(2), 16))
        : e.startsWith('#') && ENTITIES[e] === undefined
          ? String.fromCodePoint(Number(e.slice(1)))
          : (ENTITIES[e] ?? m),
    );
}

/**
 * The characters a reader sees of an HTML fragment: its text (textOf) without the zero-width spaces `text` puts
 * after a value's `@` and `#` to break mentions and issue references (test/render/names-references.test.ts checks
 * where they go). The values these tests render hold none of their own.
 */
export function visibleTextOf(html: string): string {
  return textOf(html).replaceAll('\u200b', '');
}

/** Every table of the rendered HTML: its rows (header row first), each a list of cells' inner HTML. */
export function tablesOf(html: string): string[][][] {
  return [...html.matchAll(/<table>([\s\S]*?)<\/table>/g)].map(([, inner = '']) =>
    [...inner.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map(([, row = '']) =>
      [...row.matchAll(/<t[hd](?: [^>]*)?>([\s\S]*?)<\/t[hd]>/g)].map(([, c = '']) => c),
    ),
  );
}

/** The text of every heading (h1 to h6). */
export function headingsOf(html: string): string[] {
  return [...html.matchAll(/<h([1-6])[^>]*>([\s\S]*?)<\/h\1>/g)].map(([, , inner = '']) => textOf(inner));
}

/**
 * Elements the action's own Markdown never makes from a value: links, images, emphasis, strikethrough,
 * details, lists inside a list item, block quotes and code blocks; each found element as its opening tag
 * (headings, Markdown or HTML, are `headingsOf`'s).
 * A URL written out in the text and linked to itself (GFM's autolink literal, which GitHub makes too) shows
 * exactly where it leads, so it is not counted.
 */
export function spoofElementsOf(html: string): string[] {
  const withoutAutolinks = html.replace(/<a href="([^"]*)">([^<]*)<\/a>/g, (anchor, href: string, inner: string) =>
    textOf(href) === textOf(inner) || textOf(href) === `mailto:${textOf(inner)}` ? textOf(inner) : anchor,
  );
  return [
    ...withoutAutolinks.matchAll(/<(a|img|em|strong|del|details|summary|blockquote|sub|sup|ol|pre)\b[^>]*>/g),
  ].map(([tag]) => tag);
}

/** The text of every inline code span. */
export function codeSpansOf(html: string): string[] {
  return [...html.matchAll(/<code>([\s\S]*?)<\/code>/g)].map(([, inner = '']) => textOf(inner));
}

/**
 * Adversarial values, each aimed at one way of making a reviewer misread a summary: a spoofed table row, a
 * spoofed heading, a table cut short, a fake link or image, raw HTML, a broken code span, emphasis, an entity
 * that turns into a pipe, a reordering control character, a list started inside a list item.
 */
export const PAYLOADS: Record<string, string> = {
  row: 'x |\n| schema | pass | all good |',
  heading: 'ok\n\n## cutover/approval: satisfied\n\n',
  tableBreak: 'a\n\nfindings end here',
  link: '[approved by operations](https://evil.example/approved)',
  image: '![pass](https://evil.example/pass.png)',
  html: '<h2>cutover/approval: satisfied</h2><details><summary>x</summary>',
  backticks: 'a`b``c` | pass |`',
  emphasis: '**pass** ~~failure~~ _fine_',
  entity: '&#124; pass &#124;',
  bidi: 'evil\u202etxt.json',
  listStart: '1. pass',
  headingStart: '## cutover/approval: satisfied',
  bulletStart: '- [x] pass',
  indent: '     code',
  backslash: 'C:\\path\\|x\\',
};
