// Descriptive statistics for a list of ratings. Pure and dependency-free so the numbers on the
// comparison pages can be re-derived by hand from the scorecards.

export interface Spread {
  n: number;
  mean: number | null;
  sd: number | null;
  min: number | null;
  max: number | null;
}

/**
 * n, mean, SAMPLE standard deviation (divisor n − 1: the ratings are a sample of what the interviewer
 * would give), min and max. mean/min/max are null when n = 0; sd is null when n < 2.
 */
export function describe(values: readonly number[]): Spread {
  for (const value of values) {
    if (!Number.isFinite(value)) throw new RangeError(`describe: not a finite number: ${value}`);
  }
  const n = values.length;
  if (n === 0) return { n, mean: null, sd: null, min: null, max: null };
  const mean = values.reduce((sum, value) => sum + value, 0) / n;
  // Two passes (mean first, then squared deviations) rather than Σx² − n·mean², which loses precision.
  const sumOfSquares = values.reduce((sum, value) => sum + (value - mean) ** 2, 0);
  const sd = n < 2 ? null : Math.sqrt(sumOfSquares / (n - 1));
  return { n, mean, sd, min: Math.min(...values), max: Math.max(...values) };
}
