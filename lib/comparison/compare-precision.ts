// How precise each compared composite is, and which pairs of candidates differ by more than
// measurement error. The variance components come from the G study of the interviews the
// candidate was assessed in (their plan, the interviews built without a plan, or, when a candidate
// or a pair spans several, all interviews), never from who else is on the page: a candidate's
// margin and a pair's verdict are the same in every comparison that shows them.
import type { Viewer } from "@/lib/candidates/access";
import type { Database } from "@/lib/db-client";
import { gStudy, type GStudy } from "./g-study";
import { candidateDesign, compareComposites, compositeStandardError, Z_95, type CandidateDesign, type CompositeComparison } from "./measurement-error";
import { ratingsOf, readScopedScorecards, scopeKey, type RatingScope, type ScopedScorecard } from "./rating-records";
import { digestOf, memoised } from "./statistics-cache";

export interface Scope {
  scope: RatingScope;
  key: string;
  /** Completes "N candidates have been interviewed …": "with the plan “SRE screen”", "without a plan", "in any interview". */
  words: string;
}

export type CompositePrecision =
  { kind: "standard-error"; standardError: number; margin: number; scope: Scope } | { kind: "not-yet"; candidates: number; needed: number; reason: string; scope: Scope };

export interface PairComparison {
  a: string;
  b: string;
  comparison: CompositeComparison;
  scope: Scope;
}

export interface PrecisionInput {
  id: string;
  /** The candidate's compared interviews' plans (null: built without one). */
  plans: { id: string | null; name: string | null }[];
  composite: number | null;
  ratings: { interviewerId: string; questionKey: string }[];
}

const ALL: Scope = { scope: { kind: "all" }, key: "all", words: "in any interview" };

function scopeOf(plans: PrecisionInput["plans"]): Scope {
  const ids = new Set(plans.map((plan) => plan.id));
  if (ids.size !== 1) return ALL;
  const plan = plans[0]!;
  if (plan.id === null) return { scope: { kind: "no-plan" }, key: "no-plan", words: "without a plan" };
  const scope: RatingScope = { kind: "plan", planId: plan.id };
  return { scope, key: scopeKey(scope), words: `with the plan “${plan.name ?? "unnamed"}”` };
}

/** The scope's G study, computed once per set of readable scorecards in it (statistics-cache.ts). `all`: every readable scorecard, ratings loaded. */
export function studyOf(scope: RatingScope, all: readonly ScopedScorecard[]): GStudy {
  const cards = all.filter((card) => (scope.kind === "all" ? true : scope.kind === "plan" ? card.planId === scope.planId : card.planId === null));
  return memoised(`g-study:${scopeKey(scope)}:${digestOf(cards)}`, () => gStudy(ratingsOf(cards)));
}

/** Each candidate's standard error (or why not yet), and every pair's verdict (unless `pairs` is false: one interview at a time, as in the report). */
export async function comparePrecision(db: Database, viewer: Viewer, candidates: readonly PrecisionInput[], options: { pairs?: boolean; all?: readonly ScopedScorecard[] } = {}) {
  const own = candidates.map((candidate) => scopeOf(candidate.plans));
  const pairScopes: { i: number; j: number; scope: Scope }[] = [];
  for (let i = 0; (options.pairs ?? true) && i < candidates.length; i++) {
    for (let j = i + 1; j < candidates.length; j++) pairScopes.push({ i, j, scope: own[i]!.key === own[j]!.key ? own[i]! : ALL });
  }
  const all = options.all ?? (await readScopedScorecards(db, viewer, { kind: "all" }));
  const studies = new Map<string, GStudy>();
  for (const scope of [...own, ...pairScopes.map((pair) => pair.scope)]) if (!studies.has(scope.key)) studies.set(scope.key, studyOf(scope.scope, all));
  const designs: (CandidateDesign | null)[] = candidates.map((candidate) => (candidate.ratings.length ? candidateDesign(candidate.ratings) : null));

  const precision = candidates.map((candidate, i): CompositePrecision | null => {
    const design = designs[i];
    if (!design) return null;
    const scope = own[i]!;
    const g = studies.get(scope.key)!;
    if (g.kind === "insufficient") return { kind: "not-yet", candidates: g.candidates, needed: g.needed, reason: g.reason, scope };
    if (!g.sample.sufficient) return { kind: "not-yet", candidates: g.sample.candidates, needed: g.sample.needed, reason: g.sample.reason ?? "too few candidates", scope };
    const standardError = compositeStandardError(g.components, design);
    return { kind: "standard-error", standardError, margin: Z_95 * standardError, scope };
  });

  const pairs: PairComparison[] = [];
  for (const { i, j, scope } of pairScopes) {
    const [a, b] = [candidates[i]!, candidates[j]!];
    const [designA, designB] = [designs[i], designs[j]];
    if (a.composite === null || b.composite === null || !designA || !designB) continue;
    pairs.push({
      a: a.id,
      b: b.id,
      scope,
      comparison: compareComposites(studies.get(scope.key)!, { composite: a.composite, design: designA }, { composite: b.composite, design: designB }),
    });
  }
  return { precision, pairs };
}
