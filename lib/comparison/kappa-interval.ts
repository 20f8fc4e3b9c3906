// Quadratic-weighted κ with a 95% bootstrap interval: the rated targets (question × interview pairs
// two interviewers both rated) are resampled with replacement. A bootstrap rather than the
// large-sample variance of Fleiss, Cohen & Everitt (1969) because that formula assumes many targets,
// and the pairs here are often a few dozen; the two agree closely when the pairs are many
// (kappa-interval.test.ts checks it).
import { agreementBand, type AgreementBand } from "./agreement-band";
import { percentileBootstrap, type BootstrapOptions } from "./bootstrap";
import type { IntervalEstimate } from "./icc-intervals";
import { DEFAULT_CATEGORIES, quadraticWeightedKappa } from "./kappa";
import { verdictAtMinimum, type SampleVerdict } from "./verdicts";

/** Below this many complete pairs a resampled κ is mostly noise (and often undefined), so no interval is given. */
export const MIN_PAIRS_FOR_KAPPA_INTERVAL = 5;
/** Below 10 pairs the interval of κ spans most of its range (e.g. [−.2, .9]), so no band is named. */
export const MIN_PAIRS_FOR_KAPPA_VERDICT = 10;

export type KappaWithInterval =
  | { kind: "kappa"; estimate: IntervalEstimate; pairs: number; dropped: number; undefinedReplicates: number; verdict: SampleVerdict<AgreementBand> }
  | { kind: "insufficient"; reason: string; pairs: number; dropped: number };

/** Pairs with a null (one interviewer did not rate that target) are dropped and counted in `dropped`. */
export function kappaWithInterval(
  pairs: readonly (readonly [number | null, number | null])[],
  categories: number = DEFAULT_CATEGORIES,
  options: BootstrapOptions = {},
): KappaWithInterval {
  const complete = pairs.filter((pair): pair is readonly [number, number] => pair[0] !== null && pair[1] !== null);
  const dropped = pairs.length - complete.length;
  const kappa = quadraticWeightedKappa(complete, categories);
  if (kappa.kind === "insufficient") return { kind: "insufficient", reason: kappa.reason, pairs: complete.length, dropped };
  if (complete.length < MIN_PAIRS_FOR_KAPPA_INTERVAL) {
    const why = `only ${complete.length} paired ratings; an interval needs at least ${MIN_PAIRS_FOR_KAPPA_INTERVAL}`;
    const verdict = verdictAtMinimum(complete.length, MIN_PAIRS_FOR_KAPPA_VERDICT, () => agreementBand(kappa.value));
    return { kind: "kappa", estimate: { value: kappa.value, interval: null, why }, pairs: complete.length, dropped, undefinedReplicates: 0, verdict };
  }
  const boot = percentileBootstrap(
    complete.length,
    (indices) => {
      const resampled = quadraticWeightedKappa(
        indices.map((i) => complete[i]!),
        categories,
      );
      return resampled.kind === "kappa" ? resampled.value : null;
    },
    options,
  );
  return {
    kind: "kappa",
    estimate: { value: kappa.value, interval: boot.interval, ...(boot.why ? { why: boot.why } : {}) },
    pairs: complete.length,
    dropped,
    undefinedReplicates: boot.undefinedReplicates,
    verdict: verdictAtMinimum(complete.length, MIN_PAIRS_FOR_KAPPA_VERDICT, () => agreementBand(kappa.value)),
  };
}
