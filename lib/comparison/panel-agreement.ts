// One agreement figure for a panel: the statistic that suits the number of raters.
// Two raters on an ordinal scale → quadratic-weighted κ; three or more → ICC(2,k).
import type { AgreementBand } from "./agreement-band";
import { icc2 } from "./icc";
import { quadraticWeightedKappa } from "./kappa";

export type PanelAgreement =
  | { method: "kappa" | "icc"; label: string; value: number; band: AgreementBand; targets: number; raters: number; dropped: number }
  | { method: "none"; reason: string };

/** Below this many fully rated targets a coefficient is mostly noise, so we do not show one. */
export const MIN_TARGETS_FOR_AGREEMENT = 3;

export const KAPPA_LABEL = "Quadratic-weighted κ";
export const ICC_LABEL = "ICC(2,k)";

/**
 * matrix: rows = targets (questions or candidates), columns = raters; null = not rated.
 * Targets missing any rating are dropped (and counted in `dropped`) so both methods see the same complete rows.
 */
export function panelAgreement(matrix: readonly (readonly (number | null)[])[]): PanelAgreement {
  const raters = Math.max(0, ...matrix.map((row) => row.length));
  if (raters < 2) return { method: "none", reason: `agreement needs at least 2 raters (got ${raters})` };

  const complete = matrix.filter((row): row is readonly number[] => row.length === raters && row.every((cell) => cell !== null));
  const dropped = matrix.length - complete.length;
  const targets = complete.length;
  if (targets < MIN_TARGETS_FOR_AGREEMENT) return { method: "none", reason: `too few ratings (${targets}) to measure agreement` };

  if (raters === 2) {
    const kappa = quadraticWeightedKappa(complete.map((row) => [row[0] ?? null, row[1] ?? null] as const));
    if (kappa.kind === "insufficient") return { method: "none", reason: kappa.reason };
    return { method: "kappa", label: KAPPA_LABEL, value: kappa.value, band: kappa.band, targets, raters, dropped };
  }

  const icc = icc2(complete);
  if (icc.kind === "insufficient") return { method: "none", reason: icc.reason };
  return { method: "icc", label: ICC_LABEL, value: icc.average, band: icc.band, targets, raters, dropped };
}
