// Leniency-adjusted ratings. Some interviewers give 3s to everyone, others rarely go above 2; a
// rating is adjusted by subtracting the interviewer's estimated leniency: how far their average
// scorecard sits above or below the average interviewer's.
//
// What the estimate may use, so that it can be relied on:
//   - only scorecards submitted strictly before the scorecard being adjusted (old comparisons never
//     move when someone is interviewed later), and
//   - never a scorecard about the same candidate (the candidate's own ratings must not explain away
//     the candidate), and
//   - nothing about who else is being compared: adjustScorecard takes the scorecard and the record of
//     scorecards and nothing else, so the value is the same on every page that shows it.
//
// The estimate is empirical Bayes (Morris 1983, "Parametric empirical Bayes inference", JASA 78): with
// m earlier scorecards whose mean ratings average x̄, among interviewers whose scorecard means average
// μ, the leniency is  b = w·(x̄ − μ),  w = τ² / (τ² + σ²_w/m),  where σ²_w is the pooled spread of one
// interviewer's scorecard means (candidates differ) and τ² the spread of true leniency between
// interviewers, both from the one-way ANOVA of scorecard means by interviewer (τ² = (MSB − MSW)/n0,
// truncated at 0). A short history is pulled toward "no leniency" in proportion to how little it shows.
// The unit is the scorecard mean, not the single rating: the ratings on one scorecard share a candidate,
// so counting them as independent evidence would overstate what a history shows.
//
// Nothing is clamped: an adjusted value may fall outside 1–4 (a 4 from a harsh interviewer is worth
// more than an average 4); `outside` flags it and the page shows the number with "above the scale".
export const MIN_EARLIER_SCORECARDS = 3;
export const MIN_POOL_INTERVIEWERS = 5;
export const MIN_POOL_WITHIN_DF = 5;
const SCALE = { min: 1, max: 4 } as const;

export interface ScorecardRecord {
  scorecardId: string;
  interviewerId: string;
  candidateId: string;
  /** When the scorecard was submitted. Only submitted scorecards of interviews that were not cancelled belong in the record. */
  submittedAt: Date;
  /** The ratings it gave (unrated questions left out or null). */
  ratings: readonly (number | null)[];
}

/** A scorecard reduced to what a history needs (a GROUP BY can return it): its mean rating instead of the ratings. */
export interface ScorecardMean {
  interviewerId: string;
  candidateId: string;
  submittedAt: Date;
  /** The mean of the ratings it gave; null when it gave none. */
  mean: number | null;
}

/** Sufficient statistics of one interviewer's scorecard means: what a GROUP BY can return. */
export interface InterviewerHistory {
  scorecards: number;
  sum: number;
  sumOfSquares: number;
}

export interface LeniencyPool {
  interviewers: number;
  scorecards: number;
  grandMean: number;
  /** σ²_w: pooled variance of one interviewer's scorecard means. */
  withinVariance: number;
  withinDf: number;
  /** τ²: variance of true leniency between interviewers (0 when the data show none). */
  betweenVariance: number;
}

export type NotAdjustedReason =
  | { code: "too-short-history"; scorecards: number; needed: number }
  | { code: "pool-too-small"; interviewers: number; withinDf: number }
  | { code: "no-spread"; interviewers: number };

export type Leniency =
  | {
      kind: "estimated";
      /** b: subtract from a rating to adjust it. Positive = lenient. */
      value: number;
      /** Posterior standard deviation of b, √(w·σ²_w/m). */
      standardError: number;
      /** w: how much of the raw difference x̄ − μ the history earns (0..1). */
      weight: number;
      scorecards: number;
      /** The interviewer's earlier scorecards all had the same mean: their own spread is 0, the pooled one is used. */
      identicalHistory: boolean;
      pool: LeniencyPool;
    }
  | { kind: "not-adjusted"; reason: NotAdjustedReason };

export interface AdjustedRating {
  raw: number;
  /** raw − b, unrounded and unclamped; null when the scorecard could not be adjusted. */
  adjusted: number | null;
  outside: "below" | "above" | null;
}

export interface AdjustedScorecard {
  scorecardId: string;
  leniency: Leniency;
  /** In the order of the scorecard's ratings; null where the scorecard had no rating. */
  ratings: (AdjustedRating | null)[];
}

/** The history a scorecard may be adjusted against: other candidates' scorecards submitted before it. */
export function historyBefore(
  target: Pick<ScorecardRecord, "candidateId" | "submittedAt">,
  records: readonly (ScorecardRecord | ScorecardMean)[],
): Map<string, InterviewerHistory> {
  const histories = new Map<string, InterviewerHistory>();
  const before = target.submittedAt.getTime();
  for (const record of records) {
    if (record.candidateId === target.candidateId || record.submittedAt.getTime() >= before) continue;
    const scorecardMean = "mean" in record ? record.mean : meanOf(record.ratings);
    if (scorecardMean === null) continue;
    const history = histories.get(record.interviewerId) ?? { scorecards: 0, sum: 0, sumOfSquares: 0 };
    history.scorecards += 1;
    history.sum += scorecardMean;
    history.sumOfSquares += scorecardMean ** 2;
    histories.set(record.interviewerId, history);
  }
  return histories;
}

/** The one-way ANOVA of scorecard means by interviewer, or why the pool cannot carry an estimate. */
export function leniencyPool(histories: ReadonlyMap<string, InterviewerHistory>): LeniencyPool | NotAdjustedReason {
  const groups = [...histories.values()].filter((history) => history.scorecards > 0);
  const interviewers = groups.length;
  const scorecards = groups.reduce((sum, history) => sum + history.scorecards, 0);
  const withinDf = scorecards - interviewers;
  if (interviewers < MIN_POOL_INTERVIEWERS || withinDf < MIN_POOL_WITHIN_DF) return { code: "pool-too-small", interviewers, withinDf };
  const grandMean = groups.reduce((sum, history) => sum + history.sum, 0) / scorecards;
  // Σ(x − x̄_j)² = Σx² − (Σx)²/m; rounding can leave −1e-15 where the spread is 0.
  const ssWithin = groups.reduce((sum, history) => sum + Math.max(0, history.sumOfSquares - history.sum ** 2 / history.scorecards), 0);
  const ssBetween = groups.reduce((sum, history) => sum + history.scorecards * (history.sum / history.scorecards - grandMean) ** 2, 0);
  const msWithin = ssWithin / withinDf;
  const msBetween = ssBetween / (interviewers - 1);
  const n0 = (scorecards - groups.reduce((sum, history) => sum + history.scorecards ** 2, 0) / scorecards) / (interviewers - 1);
  const betweenVariance = Math.max(0, (msBetween - msWithin) / n0);
  if (msWithin === 0 && betweenVariance === 0) return { code: "no-spread", interviewers };
  return { interviewers, scorecards, grandMean, withinVariance: msWithin, withinDf, betweenVariance };
}

/** One interviewer's leniency from a history (as built by historyBefore, or by an equivalent query). */
export function leniencyOf(interviewerId: string, histories: ReadonlyMap<string, InterviewerHistory>): Leniency {
  const own = histories.get(interviewerId);
  const scorecards = own?.scorecards ?? 0;
  if (!own || scorecards < MIN_EARLIER_SCORECARDS) {
    return { kind: "not-adjusted", reason: { code: "too-short-history", scorecards, needed: MIN_EARLIER_SCORECARDS } };
  }
  const pool = leniencyPool(histories);
  if ("code" in pool) return { kind: "not-adjusted", reason: pool };
  const ownMean = own.sum / scorecards;
  const noiseOfMean = pool.withinVariance / scorecards;
  const weight = pool.betweenVariance / (pool.betweenVariance + noiseOfMean);
  return {
    kind: "estimated",
    value: weight * (ownMean - pool.grandMean),
    standardError: Math.sqrt(weight * noiseOfMean),
    weight,
    scorecards,
    identicalHistory: own.sumOfSquares - own.sum ** 2 / scorecards <= 1e-12,
    pool,
  };
}

/** Adjust every rating on `target` against the record. The result depends on nothing but these two arguments. */
export function adjustScorecard(target: ScorecardRecord, records: readonly (ScorecardRecord | ScorecardMean)[]): AdjustedScorecard {
  const leniency = leniencyOf(target.interviewerId, historyBefore(target, records));
  return { scorecardId: target.scorecardId, leniency, ratings: target.ratings.map((raw) => (raw === null ? null : adjustRating(raw, leniency))) };
}

/** One rating against a leniency already estimated: raw − b, flagged when it leaves the scale; null adjusted when there is no estimate. */
export function adjustRating(raw: number, leniency: Leniency): AdjustedRating {
  if (leniency.kind === "not-adjusted") return { raw, adjusted: null, outside: null };
  const adjusted = raw - leniency.value;
  return { raw, adjusted, outside: adjusted < SCALE.min ? "below" : adjusted > SCALE.max ? "above" : null };
}

function meanOf(ratings: readonly (number | null)[]): number | null {
  const given = ratings.filter((rating): rating is number => rating !== null);
  return given.length === 0 ? null : given.reduce((sum, rating) => sum + rating, 0) / given.length;
}
