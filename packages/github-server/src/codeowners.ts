/**
 * CODEOWNERS as GitHub reads it: location precedence (.github/, root, docs/), gitignore-style patterns with
 * GitHub's deviations, last matching rule wins, owners as users, teams (@org/team) or emails.
 */

/** One parsed CODEOWNERS rule. */
export interface CodeownersRule {
  pattern: string;
  owners: string[];
  line: number;
  regex: RegExp;
}

/** A line GitHub would report through GET /codeowners/errors. */
export interface CodeownersError {
  line: number;
  column: number;
  kind: string;
  source: string;
  message: string;
}

/** Where GitHub looks for CODEOWNERS, in order; the first existing file is used. */
export const CODEOWNERS_LOCATIONS = ['.github/CODEOWNERS', 'CODEOWNERS', 'docs/CODEOWNERS'] as const;

function segmentRegex(segment: string): string {
  let out = '';
  for (let i = 0; i < segment.length; i++) {
    const c = segment[i] ?? '';
    if (c === '*') out += '[^/]*';
    else if (c === '?') out += '[^/]';
    else if (c === '\\' && i + 1 < segment.length) {
      i++;
      out += (segment[i] ?? '').replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    } else out += c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  }
  return out;
}

/** Compiles a CODEOWNERS pattern into a RegExp over repository-relative file paths (no leading slash). */
export function patternRegExp(pattern: string): RegExp {
  let p = pattern;
  const dirOnly = p.endsWith('/');
  if (dirOnly) p = p.replace(/\/+$/, '');
  const leadingSlash = p.startsWith('/');
  let anchored = leadingSlash;
  if (anchored) p = p.slice(1);
  else anchored = p.includes('/');
  const segments = p.split('/');
  let body = '';
  segments.forEach((segment, i) => {
    const last = i === segments.length - 1;
    if (segment === '**') {
      if (i === 0) {
        anchored = true;
        body += '(?:.*/)?';
      } else if (last) body += '.*';
      else body += '(?:.*/)?';
      return;
    }
    body += segmentRegex(segment);
    if (!last) body += '/';
  });
  const prefix = anchored ? '^' : '^(?:.*/)?';
  const lastSegment = segments[segments.length - 1] ?? '';
  // GitHub deviation from gitignore: "docs/*" matches direct children only, not nested files.
  const directChildrenOnly = lastSegment === '*' && (segments.length > 1 || leadingSlash);
  const suffix = lastSegment === '**' ? '$' : dirOnly ? '/.*$' : directChildrenOnly ? '$' : '(?:/.*)?$';
  return new RegExp(prefix + body + suffix);
}

/** Parses CODEOWNERS text. Invalid lines are skipped (github.com behaviour) and reported in `errors`. */
export function parseCodeowners(text: string): { rules: CodeownersRule[]; errors: CodeownersError[] } {
  const rules: CodeownersRule[] = [];
  const errors: CodeownersError[] = [];
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = index + 1;
    const withoutComment = raw.replace(/(^|\s)#.*$/, '').trim();
    if (!withoutComment) return;
    const [pattern = '', ...owners] = withoutComment.split(/\s+/);
    if (pattern.startsWith('!') || /\[.*\]/.test(pattern)) {
      errors.push({
        line,
        column: 1,
        kind: 'Invalid pattern',
        source: raw,
        message: `Invalid pattern on line ${line}`,
      });
      return;
    }
    const bad = owners.find((o) => !/^@[\w.-]+(\/[\w.-]+)?$/.test(o) && !/^[^@\s]+@[^@\s]+$/.test(o));
    if (bad) {
      errors.push({
        line,
        column: raw.indexOf(bad) + 1,
        kind: 'Invalid owner',
        source: raw,
        message: `Invalid owner on line ${line}:\n\n  ${raw}\n  ${' '.repeat(raw.indexOf(bad))}^`,
      });
      return;
    }
    rules.push({ pattern, owners, line, regex: patternRegExp(pattern) });
  });
  return { rules, errors };
}

/** The owners of a file: the last matching rule wins (an owner-less rule means "no owners"). */
export function ownersOf(rules: readonly CodeownersRule[], path: string): string[] {
  const clean = path.replace(/^\/+/, '');
  for (let i = rules.length - 1; i >= 0; i--) {
    const rule = rules[i];
    if (rule?.regex.test(clean)) return rule.owners;
  }
  return [];
}
