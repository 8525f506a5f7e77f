/**
 * The credential scan's quick refusal (src/errors.ts credentialsInText): a text with no `@`, `?`, `#`, `&` or `;`
 * is answered without looking at its URLs. Differential test: over generated texts that mix every way a URL
 * carries a credential (user-info, and parameters led by each of the five marks) with texts that carry none,
 * the answer is the one of reading every URL with urlCredentials, which the quick refusal must never change.
 */
import { describe, expect, it } from 'vitest';
import { credentialsInText, urlCredentials } from '../../src/errors.js';
import { seededRandom } from '../helpers/random.js';

/** The reference: every URL in the text (the same expression as src/errors.ts URL_IN_TEXT), each read. */
const reference = (text: string) =>
  [...text.matchAll(/[A-Za-z][A-Za-z0-9+.-]*:\/\/[^\s"'<>`]+/g)]
    .map(([url]) => urlCredentials(url))
    .filter((c) => c.kinds.length > 0);

const PARTS = {
  scheme: ['https', 'http', 'git+https', 'oci', 'ssh', 's3'],
  userInfo: ['', '', '', 'git@', 'ghp_abc@', 'user:pw@', 'x-access-token:t@'],
  host: ['github.com', 'example.com:8443', 'registry.npmjs.org'],
  path: ['', '/', '/acme/payments.git', '/a/b;token=abc', '/p;v=1', '/repo@sha256:00ff'],
  tail: ['', '?ref=main', '?sig=abc', '?a=1&api_key=k', '&token=t', ';key=v', '#access_token=t', '#frag', '?'],
  around: ['', 'see ', 'repository ', 'a@b.c ', 'q? ', '(', '"'],
};

describe("the credential scan's quick refusal", () => {
  it('gives the answer of reading every URL, over 20,000 generated texts', () => {
    const next = seededRandom(13);
    const pick = (xs: readonly string[]) => xs[Math.floor(next() * xs.length)] ?? '';
    let withCredential = 0;
    let quick = 0;
    for (let i = 0; i < 20_000; i++) {
      const url = `${pick(PARTS.scheme)}://${pick(PARTS.userInfo)}${pick(PARTS.host)}${pick(PARTS.path)}${pick(PARTS.tail)}`;
      const text =
        next() < 0.1 ? pick(PARTS.host) : `${pick(PARTS.around)}${url}${next() < 0.5 ? ' ' : ''}${pick(PARTS.around)}`;
      const expected = reference(text);
      expect(credentialsInText(text), text).toEqual(expected);
      if (expected.length > 0) withCredential++;
      if (!/[@?#&;]/.test(text)) quick++;
    }
    // Both kinds are well represented: the quick path is taken, and credentials are found.
    expect(withCredential).toBeGreaterThan(5_000);
    expect(quick).toBeGreaterThan(1_000);
  });

  it('each mark alone carries a credential the scan finds', () => {
    for (const text of [
      'https://ghp_abc@github.com/acme',
      'https://example.com/x?sig=abc',
      'https://example.com/x&token=abc',
      'https://example.com/x#access_token=abc',
      'https://example.com/x;key=abc',
    ])
      expect(credentialsInText(text).length, text).toBe(1);
  });
});
