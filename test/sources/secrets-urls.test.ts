/**
 * Credentials in URLs that sources state as data. Every record a source returns is written to the bundle, which
 * is committed for good to the release-bundles repository and shown in its pull request: an artifact locator that
 * is a pre-signed download URL, a rollback hook with `user:password@`, an evidence reference with an access token
 * or a provenance whose source URI carries a CI job token would be published with it. The source fails instead,
 * and its error names the document, the record and the field, never the value.
 */
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { messageOf } from '../../src/errors.js';
import { urlCredential } from '../../src/sources/credentials.js';
import { readSources } from '../../src/sources/index.js';
import { contextFor, inputErrorOf, repoRoot, tempDir, writeFiles } from './helpers.js';

const SECRET = 'Zk9x-secret-value-4d2c';
const DIGEST = `sha256:${'ab'.repeat(32)}`;

function recordsFile(locator: string, hook = 'https://runbooks.example.com/payments-api/rollback'): string {
  return [
    'components:',
    '  - name: payments-api',
    '    artifacts:',
    '      - name: payments-api',
    '        version: 2.4.0',
    `        digest: "${DIGEST}"`,
    `        locator: "${locator}"`,
    'rollback:',
    '  - component: payments-api',
    `    hook: "${hook}"`,
    '',
  ].join('\n');
}

async function readRecords(text: string) {
  const { dir, cleanup } = await tempDir();
  try {
    await writeFiles(dir, { 'release-records.yaml': text });
    return await readSources(
      [{ id: 'release-records', kind: 'records', path: 'release-records.yaml' }],
      contextFor(dir),
    );
  } finally {
    await cleanup();
  }
}

describe('urlCredential', () => {
  it.each([
    [`https://artifacts.blob.core.windows.net/web.tgz?sv=2024-05-04&sp=r&sig=${SECRET}`, "query parameter 'sig'"],
    [`https://bucket.s3.amazonaws.com/a.tgz?X-Amz-Credential=AKIA&X-Amz-Signature=${SECRET}`, "'X-Amz-Credential'"],
    [`https://storage.googleapis.com/b/a.tgz?X-Goog-Signature=${SECRET}`, "'X-Goog-Signature'"],
    [`https://ci.example.com/runs/7?access_token=${SECRET}`, "query parameter 'access_token'"],
    [`https://gitlab.example.com/api/v4/jobs/1/artifacts?private_token=${SECRET}`, "'private_token'"],
    [`https://ci.example.com/runs/7#access_token=${SECRET}`, "fragment parameter 'access_token'"],
    [`https://api.example.com/v1/x?api%5Fkey=${SECRET}`, "query parameter 'api_key'"],
    [`https://deploy:${SECRET}@jobs.example.com/rollback`, 'a password (user:password@)'],
    [`git+https://gitlab-ci-token:${SECRET}@gitlab.example.com/g/p@refs/heads/main`, 'a password'],
    [`https://${SECRET}@github.com/acme/payments.git`, 'a user name over http(s)'],
    [`see https://jobs.example.com/x?token=${SECRET} for the run`, "query parameter 'token'"],
  ])('finds the credential in %s, and describes it without its value', (text, kind) => {
    const found = urlCredential(text);
    expect(found?.kind).toContain(kind);
    expect(JSON.stringify(found)).not.toContain(SECRET);
  });

  it.each([
    'oci://registry.example.com/payments/payments-api@sha256:4426da079a05b73bed6867d4855d782777feeb1fa063fcad4e131597e5c8179e',
    'ssh://git@github.com/acme/payments.git',
    'git+ssh://git@github.com/acme/payments@refs/tags/v1',
    'https://github.com/acme/payments/.github/workflows/release.yml@refs/tags/v2.4.0',
    'https://token.actions.githubusercontent.com',
    'https://github.com/acme/payments/releases/download/v2.4.0/web.tgz',
    'https://runbooks.example.com/rollback?tab=steps&page=2#section-token',
    'pkg:npm/%40acme/ledger@1.2.3?repository_url=https://npm.example.com',
    'no URL here, only the word token=abc',
  ])('finds none in %s', (text) => {
    expect(urlCredential(text)).toBeUndefined();
  });
});

describe('a records file stating a URL with credentials', () => {
  it('a pre-signed artifact locator fails the source, naming file, record and field, never the signature', async () => {
    const error = await inputErrorOf(
      readRecords(recordsFile(`https://artifacts.blob.core.windows.net/web.tgz?sv=2024-05-04&sp=r&sig=${SECRET}`)),
    );
    expect(error.file).toBe('release-records.yaml');
    expect(error.field).toBe('artifact.locator');
    expect(error.message).toContain("source 'release-records' (kind records)");
    expect(error.message).toContain('release-records.yaml#/components/0/artifacts/0');
    expect(error.message).toContain("query parameter 'sig'");
    expect(`${messageOf(error)} ${error.stack}`).not.toContain(SECRET);
  });

  it('a rollback hook with user:password@ fails the source', async () => {
    const error = await inputErrorOf(
      readRecords(
        recordsFile('oci://registry.example.com/p@sha256:00', `https://deploy:${SECRET}@jobs.example.com/rb`),
      ),
    );
    expect(error.field).toBe('hook');
    expect(error.message).toContain('release-records.yaml#/rollback/0');
    expect(messageOf(error)).toContain('https://jobs.example.com carrying a password');
    expect(messageOf(error)).not.toContain(SECRET);
  });

  it('locators and hooks without credentials are read as they are', async () => {
    const locator = 'oci://registry.example.com/payments/payments-api@sha256:00';
    const records = await readRecords(recordsFile(locator, 'https://runbooks.example.com/rb?tab=steps'));
    expect(
      records.map((r) => (r.type === 'artifact' ? r.artifact.locator : r.type === 'rollback' ? r.hook : r.type)),
    ).toEqual([locator, 'https://runbooks.example.com/rb?tab=steps']);
  });
});

describe('an http-json source mapping a URL with credentials', () => {
  let server: Server;
  let base = '';
  beforeAll(async () => {
    server = createServer((request, response) => {
      const body = JSON.stringify(
        request.url === '/waivers'
          ? // An API that answers with the request it served, the caller's key included.
            [
              {
                id: 'WVR-1',
                subject: 'pkg:npm/left-pad@1.3.0',
                status: 'approved',
                owner: 'security@acme.example',
                expiresAt: '2027-01-01T00:00:00Z',
                request: { authorization: request.headers.authorization },
              },
            ]
          : [
              {
                component: 'payments-api',
                evidence: [{ kind: 'drill', ref: `https://ci.example.com/runs/7?access_token=${SECRET}` }],
              },
            ],
      );
      response.writeHead(200, { 'content-type': 'application/json', etag: '"v1"' });
      response.end(body);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  it('an evidence reference with an access token fails the source, naming the element, never the token', async () => {
    const error = await inputErrorOf(
      readSources(
        [
          {
            id: 'drills',
            kind: 'http-json',
            url: `${base}/drills`,
            provides: 'rollback',
            retries: 0,
            map: { component: '$.component', evidence: '$.evidence' },
          },
        ],
        contextFor('.'),
      ),
    );
    expect(error.field).toBe('evidence[0].ref');
    expect(error.message).toContain(`${base}/drills#/0`);
    expect(error.message).toContain("query parameter 'access_token'");
    expect(messageOf(error)).not.toContain(SECRET);
  });
  it('a mapped field that echoes the secret header fails the source, naming the variable, never its value', async () => {
    const key = `Bearer ${SECRET}`;
    const error = await inputErrorOf(
      readSources(
        [
          {
            id: 'risk',
            kind: 'http-json',
            url: `${base}/waivers`,
            provides: 'waivers',
            retries: 0,
            headers: { Authorization: 'RISK_API_KEY' },
            map: {
              id: '$.id',
              subject: '$.subject',
              status: '$.status',
              owner: '$.owner',
              expiresAt: '$.expiresAt',
              reason: '$.request.authorization',
            },
          },
        ],
        contextFor('.', { env: { RISK_API_KEY: key } }),
      ),
    );
    expect(error.field).toBe('waiver.reason');
    expect(error.message).toContain('the value of RISK_API_KEY, which it sent as its Authorization header');
    expect(messageOf(error)).not.toContain(SECRET);
  });
});

describe('a provenance whose source URI carries a CI job token', () => {
  it('fails the source, naming the provenance field, never the token', async () => {
    const example = await readFile(
      `${repoRoot}/examples/payments-platform/inputs/payments-api.provenance.intoto.json`,
      'utf8',
    );
    // How a CI that clones with its job token in the URL (gitlab-ci-token:<token>@) writes its provenance.
    const leaked = example.replaceAll(
      '"repository": "https://github.com/',
      `"repository": "https://gitlab-ci-token:${SECRET}@github.com/`,
    );
    expect(leaked).toContain(SECRET);
    const { dir, cleanup } = await tempDir();
    try {
      await writeFiles(dir, { 'provenance.intoto.json': leaked });
      const error = await inputErrorOf(
        readSources(
          [{ id: 'api-provenance', kind: 'provenance', path: 'provenance.intoto.json', component: 'payments-api' }],
          contextFor(dir),
        ),
      );
      expect(error.file).toBe('provenance.intoto.json');
      expect(error.field).toBe('provenance.sourceRepository');
      expect(messageOf(error)).toContain('https://github.com carrying a password');
      expect(messageOf(error)).not.toContain(SECRET);
    } finally {
      await cleanup();
    }
  });
});
