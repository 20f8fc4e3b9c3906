// Words for an agreement coefficient, so a reader need not know what ".68" means.

export type AgreementBand = "poor" | "moderate" | "good" | "excellent";

/**
 * Koo & Li (2016), "A guideline of selecting and reporting intraclass correlation coefficients for
 * reliability research", J Chiropractic Medicine 15(2): < .5 poor, .5–.75 moderate, .75–.9 good, > .9 excellent.
 * The guideline leaves the boundaries open; we put each boundary in the band above it except .9:
 * .5 → moderate, .75 → good, .9 → good (only values strictly above .9 are excellent).
 * Negative values (agreement worse than chance) are poor.
 */
export function agreementBand(value: number): AgreementBand {
  if (Number.isNaN(value)) throw new RangeError("agreementBand: value is NaN");
  if (value < 0.5) return "poor";
  if (value < 0.75) return "moderate";
  if (value <= 0.9) return "good";
  return "excellent";
}
