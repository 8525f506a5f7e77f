/**
 * Pinned trust anchors for provenance. The service repository's sources file names the keys (`trustedKeys`) and
 * the Sigstore root (`trustedRoot`, with its `identity`) provenance is verified with, so whoever can push there
 * can name a key of their own and sign what they like. The bundles repository's policy may pin which anchors,
 * and which keyless signers, count (`provenance` in the policy); bundle.json records the anchor that verified
 * each provenance entry (`anchor`). Under pins, a provenance entry that no pinned anchor verified, or that a
 * pinned root verified for a signer the policy does not pin, is a `suspicious-source` hold. Pure: assemble raises
 * these holds, and verify re-derives them from bundle.json, so a bundle that leaves one out fails cutover/holds.
 */

import { pointerOf } from './json-pointer.js';
import type { Bundle, Provenance } from './model.js';
import { type Policy, type ProvenancePins, provenancePins } from './policy.js';
import { sameRepository } from './repository.js';

/** A provenance entry the pins do not accept: where it is and why. */
export interface UnpinnedProvenance {
  /** `/components/<i>/provenance/<k>` of bundle.json. */
  path: string;
  reason: string;
}

/**
 * Every provenance entry of the bundle that the policy's pins for its product do not accept, and every component
 * shipping artifacts with no provenance entry at all (none of either without pins).
 */
export function unpinnedProvenance(bundle: Bundle, policy: Policy): UnpinnedProvenance[] {
  const pins = provenancePins(policy, bundle.product);
  if (!pins) return [];
  const out: UnpinnedProvenance[] = [];
  bundle.components.forEach((component, i) => {
    // Pins vouch for builds: a component shipping artifacts with no provenance at all would step around them.
    if (component.artifacts.length > 0 && !component.provenance?.length)
      out.push({
        path: pointerOf(['components', i]),
        reason: `component ${component.name} ships ${component.artifacts.length === 1 ? 'an artifact' : `${component.artifacts.length} artifacts`} with no provenance, but ${pinnedText(bundle.product, pins)}`,
      });
    component.provenance?.forEach((provenance, k) => {
      const why = whyNotPinned(provenance, pins);
      if (why)
        out.push({
          path: pointerOf(['components', i, 'provenance', k]),
          reason: `provenance of ${component.name} ${why}, but ${pinnedText(bundle.product, pins)}`,
        });
    });
  });
  return out;
}

/** What the pins say, for a hold's reason. */
function pinnedText(product: string, pins: ProvenancePins): string {
  const anchors = pins.anchors ?? [];
  return anchors.length > 0
    ? `the policy pins the trust anchors of ${product}'s provenance (${anchors.join(', ')})`
    : `the policy's entries for ${product} under other case pin no trust anchor in common, so none is accepted`;
}

function whyNotPinned(provenance: Provenance, pins: ProvenancePins): string | undefined {
  if (!provenance.signatureVerified) return 'has no verified signature';
  const anchor = provenance.anchor;
  if (!anchor) return 'records no trust anchor that verified it';
  if (!(pins.anchors ?? []).includes(anchor.digest))
    return `was verified by ${anchor.kind} ${anchor.digest}, which is not pinned`;
  if (anchor.kind === 'key') return undefined;
  // A trusted root vouches for any workflow anywhere: only a pinned signer makes it this product's build.
  const signer = provenance.signer;
  const signers = pins.signers ?? [];
  if (!signer) return `was verified keyless by trusted-root ${anchor.digest} but records no signer`;
  const pinned = signers.some(
    (s) =>
      s.issuer === signer.issuer &&
      signer.sourceRepository !== undefined &&
      sameRepository(s.repository, signer.sourceRepository),
  );
  if (pinned) return undefined;
  const who = `issuer ${signer.issuer}, repository ${signer.sourceRepository ?? 'none'}`;
  return signers.length === 0
    ? `was signed keyless (${who}) and the policy pins no keyless signer`
    : `was signed keyless by ${who}, not a pinned signer (${signers.map((s) => `${s.issuer} ${s.repository}`).join('; ')})`;
}
