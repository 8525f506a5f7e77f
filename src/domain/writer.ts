/**
 * Which commits GitHub vouches were written by the bundle writer. A commit's author and committer e-mail prove
 * nothing (anyone can write the bot's noreply address, and GitHub then shows the bot as author); a signature
 * GitHub verified does. GitHub signs the commits an App creates through the API without a custom author or
 * committer, so a writer commit is: verified with reason `valid`, authored by the writer's bot, and committed
 * by the writer's bot or by GitHub itself (`web-flow`). A signature by anyone else's key names that person as
 * committer, so it fails the committer test.
 */

/** GitHub's own committer identity on commits it creates and signs. */
export const GITHUB_COMMITTER = 'web-flow';

export interface CommitEvidence {
  sha: string;
  authorLogin: string | null;
  committerLogin: string | null;
  verification: { verified: boolean; reason: string };
}

/** Why a commit is not the writer's, or undefined when GitHub vouches that it is. */
export function notWriterReason(commit: CommitEvidence, writer: string): string | undefined {
  const same = (login: string | null) => login !== null && login.toLowerCase() === writer.toLowerCase();
  if (!commit.verification.verified || commit.verification.reason !== 'valid')
    return `GitHub does not verify its signature (${commit.verification.reason})`;
  if (!same(commit.authorLogin)) return `its author is ${commit.authorLogin ?? 'no GitHub account'}`;
  if (!same(commit.committerLogin) && commit.committerLogin !== GITHUB_COMMITTER)
    return `its committer is ${commit.committerLogin ?? 'no GitHub account'}`;
  return undefined;
}

/** One sentence per commit that is not a verified commit by the writer, in commit order. */
export function foreignCommits(
  commits: readonly CommitEvidence[],
  writer: string,
): Array<{ sha: string; reason: string; message: string }> {
  return commits.flatMap((commit) => {
    const reason = notWriterReason(commit, writer);
    if (reason === undefined) return [];
    return [
      {
        sha: commit.sha,
        reason,
        message: `commit ${commit.sha.slice(0, 12)} is not a verified commit by ${writer}: ${reason}. Bundle content must be written by Cutover from its sources, not by hand`,
      },
    ];
  });
}
