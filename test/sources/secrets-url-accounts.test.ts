/**
 * What a URL's user-info counts as (src/errors.ts urlCredentials, used by the sources' record scan and by every
 * message's redaction): a user name alone over http(s) is a token (`https://<token>@host`), except `git`, the
 * account git hosts name in clone URLs, which package manifests and SBOMs copy (`git+https://git@github.com/...`).
 */
import { describe, expect, it } from 'vitest';
import { urlCredential } from '../../src/sources/credentials.js';

describe('user-info in a stated URL', () => {
  it('`git@` over http(s) is an account, not a token: the URL is accepted', () => {
    for (const url of [
      'git+https://git@github.com/acme/payments.git',
      'https://GIT@github.com/acme/payments',
      'ssh://git@github.com/acme/payments.git',
    ])
      expect(urlCredential(`repository ${url}`), url).toBeUndefined();
  });

  it('any other user name over http(s), or a password, is a credential', () => {
    expect(urlCredential('https://ghp_0123456789abcdef@github.com/acme/payments.git')?.kind).toMatch(/user name/);
    expect(urlCredential('git+https://gitlab-ci-token@gitlab.com/acme/payments.git')?.kind).toMatch(/user name/);
    expect(urlCredential('https://git:s3cret@github.com/acme/payments.git')?.kind).toMatch(/password/);
  });
});
