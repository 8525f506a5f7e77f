/**
 * @cutover/github-server: a GitHub-compatible REST server over real HTTP, backed by real bare git repositories,
 * for tests, the bench and `cutover demo` (README.md). This file is the package's whole public API; the Vitest
 * helper is the second entry, ./vitest.ts, kept apart so that loading the server never loads Vitest.
 */
export type { Admin, FileMap, PushSpec, RepoSpec, TagSpec, TokenSpec, UserSpec } from './src/admin.js';
export { ownersOf, parseCodeowners, patternRegExp } from './src/codeowners.js';
export type { ContractViolation } from './src/contract.js';
export { ContractChecker } from './src/contract.js';
export type { Faults, RequestMatcher, StatusFault } from './src/faults.js';
export type { LogEntry, LogFilter, RequestLog } from './src/log.js';
export type { ContentCreationLimit, ContentWindow, RateLimits } from './src/rate-limits.js';
export { GITHUB_CONTENT_CREATION } from './src/rate-limits.js';
export { type Scenario, scenario } from './src/scenario.js';
export { type GitHubServer, type GitHubServerOptions, startGitHubServer } from './src/server.js';
export type { BranchRules, Permission, TagOperation, TagRule } from './src/state.js';
