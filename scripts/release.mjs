#!/usr/bin/env node
/**
 * Releases the action from the current commit of the repository it runs in:
 *
 *   node scripts/release.mjs <X.Y.Z> [--push] [--remote <name>] [--notes <file>] [--dry-run]
 *
 * 1. checks that HEAD is releasable: a clean work tree, package.json at HEAD says version X.Y.Z, CHANGELOG.md
 *    at HEAD has a `## [X.Y.Z]` section, and dist/index.js is committed (the action runs it; nothing builds
 *    it on the user's runner);
 * 2. refuses a version tag that already exists, here or on the remote: a version tag is never moved;
 * 3. creates the annotated tag vX.Y.Z (its message is the changelog section) and moves the annotated major
 *    tag vX to the same commit, unless a newer vX.*.* exists (a patch to an older minor line does not
 *    take vX backwards);
 * 4. with --push, pushes both tags in one atomic push (vX forced, vX.Y.Z not), so the remote never has one
 *    without the other.
 *
 * --notes writes the changelog section to a file (for the GitHub release). --dry-run checks and prints the
 * plan without creating or pushing anything. Exit 0 on success, 1 when a check refuses, 2 for usage errors.
 * .github/workflows/release.yml runs it; test/convention/release.test.ts runs it against a local bare
 * repository.
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';

const USAGE = 'usage: node scripts/release.mjs <X.Y.Z> [--push] [--remote <name>] [--notes <file>] [--dry-run]';

class Refusal extends Error {}

/** Runs git in the current directory; returns its trimmed stdout, or throws with its stderr. */
function git(args, options = {}) {
  try {
    return execFileSync('git', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], ...options }).trim();
  } catch (error) {
    if (options.allowFailure) return undefined;
    const stderr = String(error.stderr ?? '').trim();
    throw new Refusal(`git ${args.join(' ')} failed${stderr ? `: ${stderr}` : ''}`);
  }
}

/** [major, minor, patch] of `X.Y.Z` (no leading zeros, as semver says), or undefined. */
function parseVersion(text) {
  const match = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$/.exec(text);
  return match ? [Number(match[1]), Number(match[2]), Number(match[3])] : undefined;
}

const compare = (a, b) => a[0] - b[0] || a[1] - b[1] || a[2] - b[2];

/** The `## [X.Y.Z]` section of a Keep a Changelog file, without its heading, or undefined. */
function changelogSection(changelog, version) {
  const lines = changelog.split('\n');
  const escaped = version.replace(/\./g, '\\.');
  const start = lines.findIndex((line) => new RegExp(`^## \\[${escaped}\\]`).test(line));
  if (start < 0) return undefined;
  let end = lines.findIndex((line, i) => i > start && /^## /.test(line));
  if (end < 0) end = lines.length;
  // Link reference definitions at the end of the file belong to no section.
  const body = lines.slice(start + 1, end).filter((line) => !/^\[[^\]]+\]: /.test(line));
  return body.join('\n').trim();
}

/** Version tags vX.Y.Z among tag names, parsed. */
function versionTags(names) {
  return names
    .map((name) => /^v(.+)$/.exec(name)?.[1])
    .map((text) => (text === undefined ? undefined : parseVersion(text)))
    .filter((v) => v !== undefined);
}

function release(argv) {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      options: {
        push: { type: 'boolean', default: false },
        remote: { type: 'string', default: 'origin' },
        notes: { type: 'string' },
        'dry-run': { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    process.stderr.write(`release: ${error.message}\n${USAGE}\n`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const [text, ...extra] = positionals;
  const version = text === undefined ? undefined : parseVersion(text.replace(/^v/, ''));
  if (!version || extra.length > 0) {
    process.stderr.write(
      `release: expected one version X.Y.Z (e.g. 1.2.0), got ${positionals.join(' ') || 'none'}\n${USAGE}\n`,
    );
    return 2;
  }
  const name = version.join('.');
  const tag = `v${name}`;
  const major = `v${version[0]}`;

  const dirty = git(['status', '--porcelain', '--untracked-files=no']);
  if (dirty) throw new Refusal(`the work tree has uncommitted changes; commit or discard them first:\n${dirty}`);
  const head = git(['rev-parse', 'HEAD']);

  const packageText = git(['show', 'HEAD:package.json'], { allowFailure: true });
  if (packageText === undefined) throw new Refusal('package.json is not committed at HEAD');
  const packageVersion = JSON.parse(packageText).version;
  if (packageVersion !== name)
    throw new Refusal(
      `package.json at HEAD says version ${packageVersion}, not ${name}: set "version": "${name}" and commit it`,
    );
  const changelog = git(['show', 'HEAD:CHANGELOG.md'], { allowFailure: true });
  const notes = changelog === undefined ? undefined : changelogSection(changelog, name);
  if (!notes)
    throw new Refusal(
      `CHANGELOG.md at HEAD has no (or an empty) "## [${name}]" section: move the Unreleased entries under it`,
    );
  if (git(['cat-file', '-e', 'HEAD:dist/index.js'], { allowFailure: true }) === undefined)
    throw new Refusal('dist/index.js is not committed at HEAD: run `npm run build` and commit dist/');

  const localTags = git(['tag', '--list', 'v*']).split('\n').filter(Boolean);
  let remoteTags = [];
  if (values.push) {
    const listed = git(['ls-remote', '--tags', '--refs', values.remote]);
    remoteTags = listed
      .split('\n')
      .filter(Boolean)
      .map((line) => line.split('\t')[1]?.replace(/^refs\/tags\//, '') ?? '');
  }
  if (localTags.includes(tag)) throw new Refusal(`tag ${tag} already exists here; a version tag is never moved`);
  if (remoteTags.includes(tag))
    throw new Refusal(`tag ${tag} already exists on ${values.remote}; a version tag is never moved`);

  const newest = versionTags([...localTags, ...remoteTags])
    .filter((v) => v[0] === version[0])
    .sort(compare)
    .at(-1);
  const moveMajor = newest === undefined || compare(version, newest) > 0;

  const plan = [
    `${tag} -> ${head}`,
    moveMajor ? `${major} -> ${head}` : `${major} stays at v${newest.join('.')} (newer than ${tag})`,
    values.push ? `push both to ${values.remote} atomically` : 'not pushed (no --push)',
  ];
  if (values['dry-run']) {
    process.stdout.write(`release (dry run): ${plan.join('; ')}\n`);
    return 0;
  }

  const previousMajor = git(['rev-parse', '--verify', '--quiet', `refs/tags/${major}`], { allowFailure: true });
  git(['tag', '--annotate', tag, '--file', '-', head], {
    input: `Cutover ${tag}\n\n${notes}\n`,
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  if (moveMajor) git(['tag', '--force', '--annotate', major, '--message', `Cutover ${major} = ${tag}`, head]);
  if (values.push) {
    const refspecs = [`refs/tags/${tag}:refs/tags/${tag}`];
    if (moveMajor) refspecs.push(`+refs/tags/${major}:refs/tags/${major}`);
    try {
      git(['push', '--atomic', values.remote, ...refspecs]);
    } catch (error) {
      // Nothing reached the remote (atomic): put the local tags back, so a retry starts from the same state.
      git(['tag', '--delete', tag]);
      if (moveMajor && previousMajor) git(['update-ref', `refs/tags/${major}`, previousMajor]);
      else if (moveMajor) git(['tag', '--delete', major]);
      throw error;
    }
  }
  if (values.notes) writeFileSync(values.notes, `${notes}\n`);
  process.stdout.write(`release: ${plan.join('; ')}\n`);
  return 0;
}

try {
  process.exitCode = release(process.argv.slice(2));
} catch (error) {
  if (!(error instanceof Refusal)) throw error;
  process.stderr.write(`release: refused: ${error.message}\n`);
  process.exitCode = 1;
}
