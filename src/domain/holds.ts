/**
 * Hold rules: everything unresolved about a candidate goes into the hold register, never silently dropped.
 * Each rule is a pure function of the assembled bundle, its lineage, the policy and the previous approved
 * revision; the policy may turn a rule off only with a written justification. What a verification rule
 * (cutover/rollback, cutover/environment) fails on is a hold too, and stays one when the policy turns its hold
 * rule off: no switch makes verify pass, so assemble's "no holds" means verify's "every rule passed".
 */
import { createHash } from 'node:crypto';
import { unpinnedProvenance } from './anchors.js';
import { environmentFindings } from './environment.js';
import { pointerOf } from './json-pointer.js';
import { listingOf } from './listed.js';
import type {
  Bundle,
  FieldLineage,
  Hold,
  HoldRegister,
  HoldRuleId,
  Lineage,
  LineageDocument,
  Provenance,
  VerificationRuleId,
} from './model.js';
import { cmp } from './normalize.js';
import { holdRuleEnabled, type Policy } from './policy.js';
import { sameRepository } from './repository.js';

/** Something assembly itself found doubtful: two sources disagreeing about one field. */
export interface AssemblyConflict {
  path: string;
  reason: string;
  evidence: Lineage[];
}

export interface HoldInput {
  bundle: Bundle;
  lineage: LineageDocument;
  policy: Policy;
  previous?: Bundle | undefined;
  conflicts?: readonly AssemblyConflict[];
  suspicions?: ReadonlyArray<{
    rule: 'provenance-mismatch' | 'suspicious-source';
    path: string;
    reason: string;
    evidence: Lineage[];
  }>;
}

type Draft = Omit<Hold, 'id' | 'status'> & {
  /**
   * The verification rule that fails on the same thing. A policy that turns the hold rule off cannot make that
   * check pass, so such a hold stays open whatever the policy says (and says why): assemble's "no holds" and
   * verify's "every rule passed" then agree.
   */
  check?: VerificationRuleId;
};
type HoldRule = (input: HoldInput, evidenceAt: (pointer: string) => Lineage[]) => Draft[];

/** The consequential fields of a bundle: each must have lineage. */
export function consequentialFields(bundle: Bundle): string[] {
  return consequentialValues(bundle).map(([pointer]) => pointer);
}

/**
 * Each consequential field with its value, in one pass (no pointer resolution needed). consequentialValueAt and
 * consequentialCount tell the same fields without listing them: a change here is a change there
 * (test/domain/consequential.test.ts compares them).
 */
export function consequentialValues(bundle: Bundle): Array<[string, unknown]> {
  const out: Array<[string, unknown]> = [
    ['/candidate/tag', bundle.candidate.tag],
    ['/candidate/commit', bundle.candidate.commit],
    ['/candidate/signature', bundle.candidate.signature],
  ];
  bundle.components.forEach((c, i) => {
    c.artifacts.forEach((a, j) => {
      const at = `/components/${i}/artifacts/${j}`;
      out.push([`${at}/version`, a.version], [`${at}/digest`, a.digest], [`${at}/locator`, a.locator]);
    });
    c.provenance?.forEach((p, k) => out.push([`/components/${i}/provenance/${k}`, p]));
  });
  bundle.dependencies.forEach((d, i) => out.push([`/dependencies/${i}`, d]));
  bundle.cohorts.forEach((c, i) => out.push([`/cohorts/${i}`, c]));
  bundle.rollback.forEach((r, i) => {
    if (r.pointer) out.push([`/rollback/${i}/pointer`, r.pointer]);
    if (r.hook !== undefined) out.push([`/rollback/${i}/hook`, r.hook]);
    if (r.evidence.length > 0) out.push([`/rollback/${i}/evidence`, r.evidence]);
  });
  bundle.environments.forEach((e, i) => out.push([`/environments/${i}`, e]));
  bundle.waivers.forEach((w, i) => out.push([`/waivers/${i}`, w]));
  out.push(['/window', bundle.window]);
  return out;
}

/** What consequentialValueAt returns for a pointer that names no consequential field of the bundle. */
export const NOT_CONSEQUENTIAL: unique symbol = Symbol('not a consequential field');

/**
 * The value of the consequential field a pointer names, or NOT_CONSEQUENTIAL when it names none: exactly the
 * pointers consequentialValues lists (array indices in canonical form, within bounds; a rollback's pointer, hook
 * and evidence only where consequentialValues lists them). Read from the pointer without building anything, so
 * lineage.json's hundreds of thousands of entries can be checked against the bundle in their own order.
 * test/domain/consequential.test.ts checks it against consequentialValues for every node of several bundles.
 *
 * Dispatched on the pointer's first letter to one small function per part of the bundle. lineage.json lists
 * its entries sorted, so a pass meets the parts one after another (components, then dependencies, then
 * rollback...): V8 optimizes this function while it has seen only the first parts, and throws that code away on
 * reaching a part it had not seen. As one function for every part, it was thrown away and recompiled whole in
 * verify too (28-99 ms of background compiling per compile in traces on this machine's Node 20); split, the
 * code thrown away is the dispatch's (recompiled in about 13 ms in the same traces), and each part's function
 * is optimized on its own feedback. Measured in fresh processes at 1,000 components (assemble then verify,
 * Node 20, 11 alternated runs, medians): verify's lineage pass 89 -> 80 ms of main-thread CPU, verify 248 ->
 * 235 ms main-thread CPU; on Node 24 the pass is unchanged (48 -> 50 ms, 7 runs).
 */
export function consequentialValueAt(bundle: Bundle, pointer: string): unknown {
  switch (pointer.charCodeAt(1)) {
    case 99: // c: /candidate/..., /cohorts/<i>, /components/<i>/...
      return pointer.startsWith('/components/') ? componentValueAt(bundle, pointer) : cValueAt(bundle, pointer);
    case 100: // d
      return pointer.startsWith('/dependencies/')
        ? itemAt(bundle.dependencies, pointer, 14, pointer.length)
        : NOT_CONSEQUENTIAL;
    case 114: // r
      return pointer.startsWith('/rollback/') ? rollbackValueAt(bundle, pointer) : NOT_CONSEQUENTIAL;
    default: // /environments/<i>, /waivers/<i>, /window, and every pointer that names nothing
      return otherValueAt(bundle, pointer);
  }
}

/** consequentialValueAt of a pointer starting with `/components/`. */
function componentValueAt(bundle: Bundle, pointer: string): unknown {
  const slash = pointer.indexOf('/', 12);
  const component = itemAt(bundle.components, pointer, 12, slash);
  if (component === NOT_CONSEQUENTIAL) return NOT_CONSEQUENTIAL;
  if (pointer.startsWith('/artifacts/', slash)) {
    const next = pointer.indexOf('/', slash + 11);
    const artifact = itemAt(component.artifacts, pointer, slash + 11, next);
    if (artifact === NOT_CONSEQUENTIAL) return NOT_CONSEQUENTIAL;
    const rest = pointer.length - next - 1;
    if (rest === 7 && pointer.startsWith('version', next + 1)) return artifact.version;
    if (rest === 6 && pointer.startsWith('digest', next + 1)) return artifact.digest;
    if (rest === 7 && pointer.startsWith('locator', next + 1)) return artifact.locator;
    return NOT_CONSEQUENTIAL;
  }
  if (pointer.startsWith('/provenance/', slash) && component.provenance)
    return itemAt(component.provenance, pointer, slash + 12, pointer.length);
  return NOT_CONSEQUENTIAL;
}

/** consequentialValueAt of a pointer starting with `/rollback/`. */
function rollbackValueAt(bundle: Bundle, pointer: string): unknown {
  const slash = pointer.indexOf('/', 10);
  const rollback = itemAt(bundle.rollback, pointer, 10, slash);
  if (rollback === NOT_CONSEQUENTIAL) return NOT_CONSEQUENTIAL;
  const rest = pointer.length - slash - 1;
  if (rest === 7 && pointer.startsWith('pointer', slash + 1) && rollback.pointer) return rollback.pointer;
  if (rest === 4 && pointer.startsWith('hook', slash + 1) && rollback.hook !== undefined) return rollback.hook;
  if (rest === 8 && pointer.startsWith('evidence', slash + 1) && rollback.evidence.length > 0) return rollback.evidence;
  return NOT_CONSEQUENTIAL;
}

/** consequentialValueAt of any other pointer whose first letter is `c`: the candidate's fields and the cohorts. */
function cValueAt(bundle: Bundle, pointer: string): unknown {
  if (pointer.startsWith('/cohorts/')) return itemAt(bundle.cohorts, pointer, 9, pointer.length);
  switch (pointer) {
    case '/candidate/tag':
      return bundle.candidate.tag;
    case '/candidate/commit':
      return bundle.candidate.commit;
    case '/candidate/signature':
      return bundle.candidate.signature;
    default:
      return NOT_CONSEQUENTIAL;
  }
}

/** consequentialValueAt of a pointer whose first letter is not `c`, `d` or `r`. */
function otherValueAt(bundle: Bundle, pointer: string): unknown {
  if (pointer.startsWith('/environments/')) return itemAt(bundle.environments, pointer, 14, pointer.length);
  if (pointer.startsWith('/waivers/')) return itemAt(bundle.waivers, pointer, 9, pointer.length);
  return pointer === '/window' ? bundle.window : NOT_CONSEQUENTIAL;
}

/**
 * The item of `items` whose index is written in `pointer` from `start` to `end` (exclusive; `end` -1 when no
 * '/' follows), or NOT_CONSEQUENTIAL when that is not the index of an item, in canonical form (digits, no
 * leading zero). A bundle's arrays have no holes (it is parsed from JSON or built by push and map), so an index
 * below the length names an item, as forEach in consequentialValues visits it.
 */
function itemAt<T>(items: readonly T[], pointer: string, start: number, end: number): T | typeof NOT_CONSEQUENTIAL {
  const length = end - start;
  if (length <= 0 || length > 10 || (length > 1 && pointer.charCodeAt(start) === 48)) return NOT_CONSEQUENTIAL;
  let index = 0;
  for (let i = start; i < end; i++) {
    const digit = pointer.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return NOT_CONSEQUENTIAL;
    index = index * 10 + digit;
  }
  return index < items.length ? (items[index] as T) : NOT_CONSEQUENTIAL;
}

/** How many consequential fields a bundle has (the length of consequentialValues, counted). */
export function consequentialCount(bundle: Bundle): number {
  let count = 4; // the candidate's tag, commit and signature, and the window
  for (const c of bundle.components) count += 3 * c.artifacts.length + (c.provenance?.length ?? 0);
  for (const r of bundle.rollback)
    count += (r.pointer ? 1 : 0) + (r.hook !== undefined ? 1 : 0) + (r.evidence.length > 0 ? 1 : 0);
  return (
    count + bundle.dependencies.length + bundle.cohorts.length + bundle.environments.length + bundle.waivers.length
  );
}

/**
 * Whether the lineage vouches for every consequential field of the bundle: each has an entry in `fields` whose
 * source is in `sources` and complete (incompleteLineage), and for which `vouches(value, field)` holds (when
 * given); with `exclusive`, also no entry names anything else. One pass over `fields` in its own order, each
 * entry read from its pointer (consequentialValueAt) and stopping at the first that fails: the quick answer
 * for the common case, which builds no pointer. A caller that gets false works out its findings field by field.
 * Entries name distinct pointers and each pointer at most one field, so counting the entries that vouch for a
 * consequential field and comparing with consequentialCount tells whether they cover every one of them.
 */
export function lineageVouchesForAll(
  bundle: Bundle,
  lineage: LineageDocument,
  options: {
    exclusive: boolean;
    vouches?: (value: unknown, field: FieldLineage) => boolean;
    /** Asked first of every entry of a consequential field (a document not yet checked against its schema). */
    entry?: (field: unknown) => boolean;
  },
): boolean {
  const { exclusive, vouches, entry } = options;
  const fields = lineage.fields;
  // Assembly's lineage is frozen with its keys and values listed (listed.ts): read from the lists, it is not
  // listed again here nor each entry looked up in it.
  const listing = listingOf(fields);
  const keys = listing?.keys ?? Object.keys(fields);
  const values = listing?.values;
  const needed = consequentialCount(bundle);
  if (keys.length < needed || (exclusive && keys.length !== needed)) return false;
  // Each source's completeness is checked once: thousands of fields share one source document, and neighbouring
  // entries mostly name the source of the entry before them.
  const complete = new Set<string>();
  let previous: string | undefined;
  let vouched = 0;
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    const value = consequentialValueAt(bundle, key);
    if (value === NOT_CONSEQUENTIAL) {
      if (exclusive) return false;
      continue;
    }
    const field = values ? (values[i] as FieldLineage | undefined) : fields[key];
    if (!field || (entry && !entry(field))) return false;
    if (field.source !== previous) {
      if (!complete.has(field.source)) {
        const source = lineage.sources[field.source];
        if (!source || incompleteLineage(source).length > 0) return false;
        complete.add(field.source);
      }
      previous = field.source;
    }
    if (vouches && !vouches(value, field)) return false;
    vouched++;
  }
  return vouched === needed;
}

/** Lineage fields that must not be empty for a record to count as traceable. */
export function incompleteLineage(lineage: Lineage): string[] {
  return (['system', 'locator', 'revision', 'digest', 'observedAt'] as const).filter((k) => lineage[k].trim() === '');
}

/**
 * incompleteLineage of sources named by their key in lineage.sources, each worked out once: thousands of fields
 * share one source document.
 */
export function incompleteLineageBySource(): (key: string, source: Lineage) => string[] {
  const missingOf = new Map<string, string[]>();
  return (key, source) => {
    let missing = missingOf.get(key);
    if (!missing) {
      missing = incompleteLineage(source);
      missingOf.set(key, missing);
    }
    return missing;
  };
}

const RULES: Record<HoldRuleId, HoldRule> = {
  'missing-rollback-evidence': ({ bundle }, evidenceAt) => {
    const drafts: Draft[] = [];
    const rollbackIndex = new Map(bundle.rollback.map((r, j) => [r.component, j]));
    bundle.components.forEach((component, i) => {
      const j = rollbackIndex.get(component.name) ?? -1;
      const rollback = bundle.rollback[j];
      if (!rollback) {
        drafts.push({
          rule: 'missing-rollback-evidence',
          path: pointerOf(['components', i]),
          reason: `component ${component.name} has no rollback record`,
          evidence: [],
          check: 'rollback',
        });
        return;
      }
      if (!rollback.pointer) {
        drafts.push({
          rule: 'missing-rollback-evidence',
          path: pointerOf(['rollback', j, 'pointer']),
          reason: `component ${component.name} has no rollback pointer to a previously approved artifact`,
          evidence: evidenceAt(pointerOf(['rollback', j])),
          check: 'rollback',
        });
      } else {
        const deployed = component.artifacts.find((a) => a.digest === rollback.pointer?.digest);
        if (deployed) {
          const path = pointerOf(['rollback', j, 'pointer', 'digest']);
          drafts.push({
            rule: 'missing-rollback-evidence',
            path,
            reason: `rollback pointer of ${component.name} (${rollback.pointer.version} ${rollback.pointer.digest}) is the artifact being deployed (${deployed.name} ${deployed.version}), not a previously approved one`,
            evidence: [
              ...evidenceAt(pointerOf(['rollback', j, 'pointer'])),
              ...evidenceAt(pointerOf(['components', i, 'artifacts', component.artifacts.indexOf(deployed), 'digest'])),
            ],
            check: 'rollback',
          });
        }
      }
      if (rollback.evidence.length === 0) {
        drafts.push({
          rule: 'missing-rollback-evidence',
          path: pointerOf(['rollback', j, 'evidence']),
          reason: `component ${component.name} has no rollback evidence (rehearsal, runbook run or change record)`,
          evidence: evidenceAt(pointerOf(['rollback', j, 'pointer'])),
          check: 'rollback',
        });
      }
    });
    const names = new Set(bundle.components.map((c) => c.name));
    bundle.rollback.forEach((r, j) => {
      if (names.has(r.component)) return;
      drafts.push({
        rule: 'missing-rollback-evidence',
        path: pointerOf(['rollback', j, 'component']),
        reason: `rollback record for ${r.component}, which is not a component of this bundle (components: ${[...names].join(', ') || 'none'})`,
        evidence: [
          ...evidenceAt(pointerOf(['rollback', j, 'pointer'])),
          ...evidenceAt(pointerOf(['rollback', j, 'evidence'])),
        ].slice(0, 1),
        check: 'rollback',
      });
    });
    return drafts;
  },

  'waiver-pending': ({ bundle }, evidenceAt) =>
    bundle.waivers.flatMap((waiver, i) =>
      waiver.status === 'approved'
        ? []
        : [
            {
              rule: 'waiver-pending' as const,
              path: pointerOf(['waivers', i, 'status']),
              reason: `waiver ${waiver.id} (${waiver.subject}) is ${waiver.status}, not approved`,
              evidence: evidenceAt(pointerOf(['waivers', i])),
            },
          ],
    ),

  'waiver-expired': ({ bundle, policy }, evidenceAt) => {
    const margin = (policy.holds?.['waiver-expired']?.marginMinutes ?? 0) * 60_000;
    const needed = Date.parse(bundle.window.end) + margin;
    return bundle.waivers.flatMap((waiver, i) =>
      Date.parse(waiver.expiresAt) < needed
        ? [
            {
              rule: 'waiver-expired' as const,
              path: pointerOf(['waivers', i, 'expiresAt']),
              reason: `waiver ${waiver.id} expires at ${waiver.expiresAt}, before the change window ends at ${bundle.window.end}${margin ? ` plus ${margin / 60_000} minutes` : ''}`,
              evidence: evidenceAt(pointerOf(['waivers', i])),
            },
          ]
        : [],
    );
  },

  supersession: ({ bundle, previous }, evidenceAt) => {
    if (!previous) return [];
    const before = new Map<string, string>();
    for (const c of previous.components)
      for (const a of c.artifacts) before.set(`${c.name}\u0000${a.name}\u0000${a.version}`, a.digest);
    const drafts: Draft[] = [];
    bundle.components.forEach((c, i) => {
      c.artifacts.forEach((a, j) => {
        const old = before.get(`${c.name}\u0000${a.name}\u0000${a.version}`);
        if (old !== undefined && old !== a.digest) {
          const path = pointerOf(['components', i, 'artifacts', j, 'digest']);
          drafts.push({
            rule: 'supersession',
            path,
            reason: `${c.name}/${a.name} ${a.version} was rebuilt under the same version: digest ${a.digest} differs from the previously approved ${old}`,
            evidence: evidenceAt(path),
          });
        }
      });
    });
    return drafts;
  },

  'scope-drift': ({ bundle }, evidenceAt) => {
    const scope = new Set(bundle.window.environments);
    const drafts: Draft[] = [];
    bundle.cohorts.forEach((cohort, i) => {
      for (const env of cohort.environments) {
        if (!scope.has(env))
          drafts.push({
            rule: 'scope-drift',
            path: pointerOf(['cohorts', i, 'environments', cohort.environments.indexOf(env)]),
            reason: `cohort ${cohort.id} targets environment ${env}, outside change window ${bundle.window.changeRecord} (${[...scope].join(', ') || 'no environments'})`,
            evidence: evidenceAt(pointerOf(['cohorts', i])),
          });
      }
    });
    bundle.environments.forEach((env, i) => {
      if (!scope.has(env.name))
        drafts.push({
          rule: 'scope-drift',
          path: pointerOf(['environments', i, 'name']),
          reason: `environment ${env.name} is in the bundle's scope but outside change window ${bundle.window.changeRecord}`,
          evidence: evidenceAt(pointerOf(['environments', i])),
        });
    });
    // What cutover/environment finds (undeclared environments, constraints, shares over 100% in one rollout),
    // judged for the change window's queue, which the manifest binds.
    for (const finding of environmentFindings(bundle, bundle.window.queue))
      drafts.push({
        rule: 'scope-drift',
        path: finding.path,
        reason: finding.message,
        evidence: evidenceAt(finding.path),
        check: 'environment',
      });
    return drafts;
  },

  'missing-lineage': ({ bundle, lineage }) => {
    // The common case, every field vouched for, is told in one pass over the lineage that builds no pointer.
    if (lineageVouchesForAll(bundle, lineage, { exclusive: false })) return [];
    const drafts: Draft[] = [];
    const incomplete = incompleteLineageBySource();
    for (const path of consequentialFields(bundle)) {
      const field = lineage.fields[path];
      const source = field ? lineage.sources[field.source] : undefined;
      if (!field || !source) {
        drafts.push({ rule: 'missing-lineage', path, reason: `no source record vouches for ${path}`, evidence: [] });
        continue;
      }
      const missing = incomplete(field.source, source);
      if (missing.length > 0)
        drafts.push({
          rule: 'missing-lineage',
          path,
          reason: `the lineage of ${path} has no ${missing.join(', ')}`,
          evidence: [source],
        });
    }
    return drafts;
  },

  'unsigned-candidate': ({ bundle }, evidenceAt) =>
    bundle.candidate.signature.verified
      ? []
      : [
          {
            rule: 'unsigned-candidate',
            path: pointerOf(['candidate', 'signature']),
            reason: `candidate tag ${bundle.candidate.tag} is not signed with a verified signature (reason: ${bundle.candidate.signature.reason})`,
            evidence: evidenceAt(pointerOf(['candidate', 'signature'])),
          },
        ],

  'provenance-mismatch': ({ bundle, suspicions }, evidenceAt) => {
    const drafts: Draft[] = (suspicions ?? [])
      .filter((s) => s.rule === 'provenance-mismatch')
      .map((s) => ({ rule: 'provenance-mismatch' as const, path: s.path, reason: s.reason, evidence: s.evidence }));
    bundle.components.forEach((c, i) => {
      if (!c.provenance || c.provenance.length === 0) return;
      const subjects = new Set(c.provenance.flatMap((p) => p.subjects));
      c.artifacts.forEach((a, j) => {
        if (subjects.has(a.digest)) return;
        const path = pointerOf(['components', i, 'artifacts', j, 'digest']);
        drafts.push({
          rule: 'provenance-mismatch',
          path,
          reason: `artifact ${a.name} digest ${a.digest} is not a subject of the provenance of ${c.name}${algorithmGap(a.digest, subjects)}`,
          evidence: [...evidenceAt(path), ...evidenceAt(pointerOf(['components', i, 'provenance', 0]))],
        });
      });
    });
    for (const { path, reason } of otherCommitProvenance(bundle))
      drafts.push({ rule: 'provenance-mismatch', path, reason, evidence: evidenceAt(path) });
    return drafts;
  },

  'suspicious-source': ({ bundle, policy, conflicts, suspicions }, evidenceAt) => [
    ...unpinnedProvenance(bundle, policy).map(({ path, reason }) => ({
      rule: 'suspicious-source' as const,
      path,
      reason,
      evidence: evidenceAt(path),
    })),
    ...(conflicts ?? []).map((c) => ({
      rule: 'suspicious-source' as const,
      path: c.path,
      reason: c.reason,
      evidence: c.evidence,
    })),
    ...(suspicions ?? [])
      .filter((s) => s.rule === 'suspicious-source')
      .map((s) => ({ rule: 'suspicious-source' as const, path: s.path, reason: s.reason, evidence: s.evidence })),
  ],
};

/** Provenance entries of the candidate's own repository built at another commit: where, and why. */
export function otherCommitProvenance(bundle: Bundle): Array<{ path: string; reason: string }> {
  const out: Array<{ path: string; reason: string }> = [];
  bundle.components.forEach((c, i) => {
    c.provenance?.forEach((p, k) => {
      const reason = otherCommitReason(bundle, c.name, p);
      if (reason) out.push({ path: pointerOf(['components', i, 'provenance', k]), reason });
    });
  });
  return out;
}

/**
 * Why a provenance statement of the candidate's own repository does not vouch for the candidate: it (or its
 * verified signer's certificate, GitHub's word) names that repository at another commit, so the artifact was
 * built from an older commit or a pusher's branch. Undefined when it names no other commit of that repository;
 * provenance of another repository (a component built elsewhere) is not compared with the candidate.
 */
function otherCommitReason(bundle: Bundle, component: string, provenance: Provenance): string | undefined {
  const { repository, commit, tag } = bundle.candidate;
  if (!repository) return undefined;
  const stated: Array<{ repository: string; commit: string; who: string }> = [];
  if (provenance.sourceCommit)
    stated.push({
      repository: provenance.sourceRepository,
      commit: provenance.sourceCommit,
      who: "the statement's source commit",
    });
  const signer = provenance.signer;
  if (signer?.sourceRepository && signer.sourceCommit)
    stated.push({ repository: signer.sourceRepository, commit: signer.sourceCommit, who: "its signer's" });
  const other = stated.filter(
    (s) => sameRepository(s.repository, repository) && s.commit.toLowerCase() !== commit.toLowerCase(),
  );
  const first = other[0];
  if (!first) return undefined;
  const same = other.every((s) => s.commit.toLowerCase() === first.commit.toLowerCase());
  const at = same
    ? `at commit ${first.commit} (${other.map((s) => s.who).join(', and ')})`
    : other.map((s) => `at commit ${s.commit} (${s.who})`).join(' and ');
  return `provenance of ${component} was built from ${first.repository} ${at}, not at the candidate commit ${commit} of ${repository} (tag ${tag})`;
}

/**
 * Why a digest cannot match: in-toto digest sets match only on an algorithm both sides state, so when the
 * subjects carry none of the artifact digest's algorithm (npm provenance names tarballs by sha512 only), say so.
 */
function algorithmGap(digest: string, subjects: ReadonlySet<string>): string {
  const algorithm = digest.slice(0, digest.indexOf(':'));
  const stated = [...new Set([...subjects].map((s) => s.slice(0, s.indexOf(':'))))].sort();
  if (stated.includes(algorithm)) return '';
  return ` (its subjects state no ${algorithm} digest, only ${stated.join(', ')}: ${[...subjects].sort().join(', ')})`;
}

/**
 * The lineage of a field: its own entry or that of the nearest enclosing field that has one (an artifact's
 * digest is vouched for by the artifact's record), with the record's fragment appended to the locator.
 */
export function fieldLineage(lineage: LineageDocument, pointer: string): Lineage | undefined {
  for (let path = pointer; ; path = path.slice(0, path.lastIndexOf('/'))) {
    const field = lineage.fields[path];
    const source = field ? lineage.sources[field.source] : undefined;
    if (source && field) return field.fragment ? { ...source, locator: `${source.locator}${field.fragment}` } : source;
    if (path === '') return undefined;
  }
}

/** Every hold rule id, in the order holds are reported. */
export const HOLD_RULES = Object.keys(RULES) as HoldRuleId[];

/**
 * Runs every enabled hold rule (but those in `skip`) and returns the register, sorted and with stable ids. Verify
 * runs it on a release's own files and policy (without the sources' conflicts and suspicions or the previous
 * revision, which only assemble has): every hold that finds is one holds.json must carry.
 */
export function evaluateHolds(input: HoldInput, skip?: ReadonlySet<HoldRuleId>): HoldRegister {
  const evidenceAt = (pointer: string): Lineage[] => {
    const found = fieldLineage(input.lineage, pointer);
    return found ? [found] : [];
  };
  const byId = new Map<string, Hold>();
  for (const rule of HOLD_RULES) {
    if (skip?.has(rule)) continue;
    const enabled = holdRuleEnabled(input.policy, rule);
    for (const { check, ...draft } of RULES[rule](input, evidenceAt)) {
      if (!enabled && !check) continue;
      const reason = enabled
        ? draft.reason
        : `${draft.reason} (the policy turns ${rule} off, but cutover/${check} fails on this all the same)`;
      const id = holdId(draft.rule, draft.path, reason);
      if (!byId.has(id)) byId.set(id, { id, ...draft, reason, status: 'open' });
    }
  }
  const holds = [...byId.values()].sort((a, b) => cmp(a.rule, b.rule) || cmp(a.path, b.path) || cmp(a.id, b.id));
  return { schemaVersion: 1, holds };
}

/**
 * The evidence of a hold as one line for people: each source record (system, locator, revision), or why
 * there is none. Every place that prints a hold prints this with it.
 */
export function evidenceText(hold: Pick<Hold, 'evidence'>): string {
  if (hold.evidence.length === 0) return 'evidence: none (no source states it)';
  return `evidence: ${hold.evidence.map((e) => `${e.system} ${e.locator} @ ${e.revision}`).join('; ')}`;
}

/** Stable hold id: the same rule, field and reason give the same id in every run. */
export function holdId(rule: string, path: string, reason: string): string {
  return `H-${createHash('sha256').update(`${rule}\u0000${path}\u0000${reason}`).digest('hex').slice(0, 12)}`;
}
