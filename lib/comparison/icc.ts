// Intraclass correlation for a complete targets × raters matrix.
// Two-way random effects, absolute agreement: Shrout & Fleiss (1979) ICC(2,1) / ICC(2,k),
// McGraw & Wong (1996) ICC(A,1) / ICC(A,k). "Absolute agreement" means a rater who is uniformly
// harsher than the others counts against agreement, which is what we want for a hiring panel.
import { agreementBand, type AgreementBand } from "./agreement-band";

export type IccResult =
  | { kind: "icc"; single: number; average: number; targets: number; raters: number; band: AgreementBand; form: "ICC(2,1)"; averageForm: "ICC(2,k)" }
  | { kind: "insufficient"; reason: string };

/** Mean squares of the two-way ANOVA without replication (one rating per target × rater cell). */
export interface TwoWayAnova {
  /** n: rows. */
  targets: number;
  /** k: columns. */
  raters: number;
  /** Between-targets mean square, SS_rows / (n − 1). */
  bms: number;
  /** Within-targets mean square, (SS_total − SS_rows) / (n(k − 1)); used by ICC(1,·), reported for completeness. */
  wms: number;
  /** Between-judges (raters) mean square, SS_columns / (k − 1). */
  jms: number;
  /** Residual mean square, SS_residual / ((n − 1)(k − 1)). */
  ems: number;
}

/** The ANOVA behind every Shrout & Fleiss ICC. The matrix must be complete and at least 2 × 2. */
export function twoWayAnova(matrix: readonly (readonly number[])[]): TwoWayAnova {
  const n = matrix.length;
  const k = matrix[0]?.length ?? 0;
  if (n < 2 || k < 2 || matrix.some((row) => row.length !== k)) {
    throw new RangeError("twoWayAnova: needs a rectangular matrix of at least 2 targets × 2 raters");
  }
  const cells = matrix.flat();
  const grandMean = mean(cells);
  const rowMeans = matrix.map(mean);
  const columnMeans = Array.from({ length: k }, (_, column) => mean(matrix.map((row) => cellAt(row, column))));

  const ssTotal = sumOf(cells.map((x) => (x - grandMean) ** 2));
  const ssRows = k * sumOf(rowMeans.map((m) => (m - grandMean) ** 2));
  const ssColumns = n * sumOf(columnMeans.map((m) => (m - grandMean) ** 2));
  // Rounding can leave a residual of −1e-15 when the data fit rows + columns exactly; it is 0.
  const ssResidual = Math.max(0, ssTotal - ssRows - ssColumns);

  return {
    targets: n,
    raters: k,
    bms: ssRows / (n - 1),
    wms: Math.max(0, ssTotal - ssRows) / (n * (k - 1)),
    jms: ssColumns / (k - 1),
    ems: ssResidual / ((n - 1) * (k - 1)),
  };
}

/**
 * ICC(2,1) = (BMS − EMS) / (BMS + (k−1)EMS + k(JMS − EMS)/n)    — reliability of one rater
 * ICC(2,k) = (BMS − EMS) / (BMS + (JMS − EMS)/n)                — reliability of the mean of the k raters
 * (Shrout & Fleiss 1979, Table 4 formulas; McGraw & Wong 1996 Table 4, cases 2A.)
 *
 * When BMS ≤ EMS the estimated between-target variance component (BMS − EMS)/k is ≤ 0. A variance cannot
 * be negative, so we truncate that component at zero and report both ICCs as 0 (the usual treatment of a
 * negative ANOVA variance estimate). Without it the formulas blow up on small, badly disagreeing panels:
 * a 3 × 3 Latin square gives ICC(2,k) = 3 and a 2 × 2 swap divides ICC(2,1) by zero.
 * `band` describes ICC(2,k), the average-of-raters form.
 */
export function icc2(matrix: readonly (readonly (number | null)[])[]): IccResult {
  const targets = matrix.length;
  const raters = Math.max(0, ...matrix.map((row) => row.length));
  if (targets < 2) return { kind: "insufficient", reason: `needs at least 2 targets (got ${targets})` };
  if (raters < 2) return { kind: "insufficient", reason: `needs at least 2 raters (got ${raters})` };

  const complete: number[][] = [];
  for (const row of matrix) {
    if (row.length !== raters || row.some((cell) => cell === null)) {
      return { kind: "insufficient", reason: "a rating is missing; ICC needs every rater to rate every target" };
    }
    complete.push(row.map((cell) => assertFinite(cell)));
  }
  const first = complete[0]?.[0];
  if (complete.every((row) => row.every((cell) => cell === first))) {
    return { kind: "insufficient", reason: "all ratings identical: agreement is perfect but ICC is undefined" };
  }

  const { bms, jms, ems } = twoWayAnova(complete);
  const n = targets;
  const k = raters;
  const numerator = bms - ems;
  const single = numerator <= 0 ? 0 : numerator / (bms + (k - 1) * ems + (k * (jms - ems)) / n);
  const average = numerator <= 0 ? 0 : numerator / (bms + (jms - ems) / n);
  return { kind: "icc", single, average, targets, raters, band: agreementBand(average), form: "ICC(2,1)", averageForm: "ICC(2,k)" };
}

function assertFinite(cell: number | null): number {
  if (cell === null || !Number.isFinite(cell)) throw new RangeError(`icc2: not a finite rating: ${cell}`);
  return cell;
}

function cellAt(row: readonly number[], column: number): number {
  const cell = row[column];
  if (cell === undefined) throw new RangeError(`missing cell in column ${column}`);
  return cell;
}

function sumOf(values: readonly number[]): number {
  return values.reduce((sum, value) => sum + value, 0);
}

function mean(values: readonly number[]): number {
  return sumOf(values) / values.length;
}
