// Agreement on one question over all the interviews it was used in. Each interview's panel is a
// different set of raters, so the two-way forms do not apply; this is the one-way random-effects
// ICC(1,1) (Shrout & Fleiss 1979, case 1), with the usual n0 correction for panels of unequal size
// (Donner 1986): ICC(1) = (MSB − MSW) / (MSB + (n0 − 1)·MSW), n0 = (N − Σnᵢ²/N) / (g − 1).
import { agreementBand, type AgreementBand } from "./agreement-band";

export const MIN_GROUPS_FOR_ICC1 = 3;

export type OneWayIcc = { kind: "icc"; value: number; band: AgreementBand; groups: number; ratings: number } | { kind: "insufficient"; reason: string };

/** `groups`: the ratings each panel gave the question; panels with fewer than 2 ratings are left out. */
export function iccOneWay(groups: readonly (readonly number[])[]): OneWayIcc {
  const used = groups.filter((group) => group.length >= 2);
  if (used.length < MIN_GROUPS_FOR_ICC1) {
    return { kind: "insufficient", reason: `too few panels with two or more ratings (${used.length}; needs ${MIN_GROUPS_FOR_ICC1})` };
  }
  const g = used.length;
  const n = used.reduce((sum, group) => sum + group.length, 0);
  const grand = used.flat().reduce((sum, x) => sum + x, 0) / n;
  const means = used.map((group) => group.reduce((sum, x) => sum + x, 0) / group.length);
  const ssb = used.reduce((sum, group, i) => sum + group.length * (means[i]! - grand) ** 2, 0);
  const ssw = used.reduce((sum, group, i) => sum + group.reduce((s, x) => s + (x - means[i]!) ** 2, 0), 0);
  if (ssb + ssw === 0) return { kind: "insufficient", reason: "all ratings identical" };
  const msb = ssb / (g - 1);
  const msw = ssw / (n - g);
  const n0 = (n - used.reduce((sum, group) => sum + group.length ** 2, 0) / n) / (g - 1);
  const value = (msb - msw) / (msb + (n0 - 1) * msw);
  return { kind: "icc", value, band: agreementBand(value), groups: g, ratings: n };
}
