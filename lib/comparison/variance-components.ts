// Variance components of a random-effects model from unbalanced data: Henderson's (1953) Method 1,
// the "analogous ANOVA" that Brennan (2001, Generalizability Theory) and his urGENOVA use for
// designs with missing cells. It needs no distributional assumption and no iteration: for every
// effect γ the uncorrected sum of squares T_γ = Σ_levels (level total)² / (level count) has
//   E[T_γ] = N·μ² + Σ_δ k(γ, δ)·σ²_δ + L_γ·σ²_e,   k(γ, δ) = Σ_{l ∈ γ} Σ_{m ∈ δ} n_lm² / n_l,
// (L_γ: levels of γ; n_lm: observations at level l of γ and m of δ), and likewise for the mean
// (T_μ = (Σy)²/N) and the total (T_0 = Σy²). Subtracting the mean's equation and equating each T to
// its expectation gives one linear equation per component. On balanced data the solution is the
// ANOVA estimate (tested on Brennan's Synthetic Data Set No. 3); on unbalanced data it reproduces
// Henderson's own example (variance-components.test.ts). Estimates can be negative: they are
// returned as they are, and callers decide (Brennan sets them to 0 for D studies).

export interface Observation {
  /** levels[f] is this observation's level of factor f. */
  levels: readonly string[];
  value: number;
}

export interface ComponentEstimate {
  /** The factors (indices) whose combination the effect is, e.g. [0] or [0, 2]. */
  factors: readonly number[];
  /** Levels (combinations) observed. */
  levels: number;
  estimate: number;
}

export type VarianceComponents =
  | {
      kind: "components";
      effects: ComponentEstimate[];
      residual: number;
      observations: number;
      /** T_γ for each effect, then T_0 (total) and T_μ (mean): for checking against a published table. */
      tValues: { effects: number[]; total: number; mean: number };
      /** k(γ, δ) for each pair of effects (rows γ, columns δ), and the mean's row k(μ, δ). */
      coefficients: { effects: number[][]; mean: number[] };
    }
  | { kind: "insufficient"; reason: string };

const SEPARATOR = "\u0000";

export function henderson1(observations: readonly Observation[], effects: readonly (readonly number[])[]): VarianceComponents {
  const n = observations.length;
  if (n < effects.length + 2) return { kind: "insufficient", reason: `too few observations (${n}) for ${effects.length + 1} variance components` };
  for (const observation of observations) {
    if (!Number.isFinite(observation.value)) throw new RangeError(`henderson1: not a finite value: ${observation.value}`);
  }
  // Each effect's level of each observation, as a small integer, with the level's count and total.
  const codes = effects.map((factors) => {
    const index = new Map<string, number>();
    const level = new Int32Array(n);
    const counts: number[] = [];
    const sums: number[] = [];
    observations.forEach((observation, i) => {
      const key = factors.map((f) => observation.levels[f] ?? "").join(SEPARATOR);
      let code = index.get(key);
      if (code === undefined) {
        code = counts.length;
        index.set(key, code);
        counts.push(0);
        sums.push(0);
      }
      level[i] = code;
      counts[code]! += 1;
      sums[code]! += observation.value;
    });
    return { level, counts, sums };
  });

  const total = observations.reduce((sum, o) => sum + o.value ** 2, 0);
  const grand = observations.reduce((sum, o) => sum + o.value, 0);
  const meanT = grand ** 2 / n;
  const tEffects = codes.map(({ counts, sums }) => counts.reduce((sum, count, code) => sum + sums[code]! ** 2 / count, 0));
  const levels = codes.map(({ counts }) => counts.length);

  // k(γ, δ) = Σ_l (Σ_m n_lm²) / n_l, from the counts of each (level of γ, level of δ) pair. When δ's factors are
  // all among γ's, each level of γ lies in one level of δ and k = N.
  const k = effects.map((gamma, g) =>
    effects.map((delta, d) => {
      if (delta.every((f) => gamma.includes(f))) return n;
      // Sorting the pair codes puts equal pairs side by side: a run's length is n_lm (faster than a Map here).
      const width = levels[d]!;
      const pairs = new Float64Array(n);
      for (let i = 0; i < n; i++) pairs[i] = codes[g]!.level[i]! * width + codes[d]!.level[i]!;
      pairs.sort();
      let sum = 0;
      for (let start = 0; start < n;) {
        let end = start + 1;
        while (end < n && pairs[end] === pairs[start]) end++;
        sum += (end - start) ** 2 / codes[g]!.counts[Math.floor(pairs[start]! / width)]!;
        start = end;
      }
      return sum;
    }),
  );
  const kMean = codes.map(({ counts }) => counts.reduce((sum, count) => sum + count ** 2, 0) / n);

  // One equation per effect and one for the total; unknowns σ²_δ (each effect) then σ²_e.
  const size = effects.length + 1;
  const a: number[][] = [];
  const b: number[] = [];
  effects.forEach((_, g) => {
    a.push([...effects.map((__, d) => k[g]![d]! - kMean[d]!), levels[g]! - 1]);
    b.push(tEffects[g]! - meanT);
  });
  a.push([...kMean.map((km) => n - km), n - 1]);
  b.push(total - meanT);

  const solution = solve(a, b);
  if (solution.kind === "singular") {
    const name = solution.column < effects.length ? `the effect of factors [${effects[solution.column]!.join(", ")}]` : "the residual";
    return { kind: "insufficient", reason: `the design cannot tell ${name} apart from the other components (every level is confounded)` };
  }
  return {
    kind: "components",
    effects: effects.map((factors, i) => ({ factors, levels: levels[i]!, estimate: solution.x[i]! })),
    residual: solution.x[size - 1]!,
    observations: n,
    tValues: { effects: tEffects, total, mean: meanT },
    coefficients: { effects: k, mean: kMean },
  };
}

/** Gaussian elimination with partial pivoting; "singular" names the first column without a usable pivot. */
function solve(matrix: readonly (readonly number[])[], rhs: readonly number[]): { kind: "solved"; x: number[] } | { kind: "singular"; column: number } {
  const size = rhs.length;
  const a = matrix.map((row, i) => [...row, rhs[i]!]);
  const scale = Math.max(...matrix.flat().map(Math.abs), 1);
  for (let column = 0; column < size; column++) {
    let pivot = column;
    for (let row = column + 1; row < size; row++) if (Math.abs(a[row]![column]!) > Math.abs(a[pivot]![column]!)) pivot = row;
    if (Math.abs(a[pivot]![column]!) <= scale * 1e-10) return { kind: "singular", column };
    [a[column], a[pivot]] = [a[pivot]!, a[column]!];
    for (let row = column + 1; row < size; row++) {
      const factor = a[row]![column]! / a[column]![column]!;
      for (let c = column; c <= size; c++) a[row]![c]! -= factor * a[column]![c]!;
    }
  }
  const x = new Array<number>(size).fill(0);
  for (let row = size - 1; row >= 0; row--) {
    let sum = a[row]![size]!;
    for (let c = row + 1; c < size; c++) sum -= a[row]![c]! * x[c]!;
    x[row] = sum / a[row]![row]!;
  }
  return { kind: "solved", x };
}
