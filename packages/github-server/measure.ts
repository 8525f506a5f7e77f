/**
 * Measures the test server: time to listen, time to the first served (contract-validated) request including
 * the OpenAPI load, steady-state request latency, and RSS. Run: `npx tsx packages/github-server/measure.ts [--no-contract]`.
 */
import { startGitHubServer } from './index.js';

async function main(): Promise<void> {
  const contract = !process.argv.includes('--no-contract');
  const rssBefore = process.memoryUsage().rss;
  const t0 = performance.now();
  const server = await startGitHubServer({ contract });
  const listening = performance.now() - t0;
  server.admin.createUser({ login: 'octo' });
  await server.admin.createRepo({ owner: 'octo', name: 'demo', files: { 'README.md': '# demo\n' } });
  const token = server.admin.createToken({ login: 'octo' });
  const headers = { authorization: `token ${token}` };
  const t1 = performance.now();
  const first = await fetch(`${server.apiUrl}/repos/octo/demo/git/ref/heads%2Fmain`, { headers });
  const firstMs = performance.now() - t1;
  const t2 = performance.now();
  const repoRes = await fetch(`${server.apiUrl}/repos/octo/demo`, { headers });
  const firstRepoGetMs = performance.now() - t2;
  const t3 = performance.now();
  for (let i = 0; i < 20; i++) await (await fetch(`${server.apiUrl}/repos/octo/demo`, { headers })).arrayBuffer();
  const steadyMs = (performance.now() - t3) / 20;
  const figures = {
    contract,
    statuses: [first.status, repoRes.status],
    listenMs: Math.round(listening),
    firstRequestMs: Math.round(firstMs),
    openApiLoadMs: Math.round(server.contract.loadMs),
    firstReposGetMs: Math.round(firstRepoGetMs),
    steadyReposGetMs: Math.round(steadyMs * 10) / 10,
    rssBeforeMiB: Math.round(rssBefore / 1048576),
    rssAfterMiB: Math.round(process.memoryUsage().rss / 1048576),
  };
  await server.close();
  console.log(JSON.stringify(figures));
}

await main();
