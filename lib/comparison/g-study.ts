// How reliable is a candidate's composite, and what would make it more so? A generalisability study
// (Cronbach et al. 1972; Brennan 2001) splits the variance of the ratings of one interview plan into
//   candidate (p) — what we want to measure — and interviewer (r), question (i), their interactions
//   p×r, p×i, r×i, and the residual p×r×i,e,
// estimated from the ratings as they are (Henderson's Method 1, see variance-components.ts): panels
// differ from candidate to candidate, so raters are neither crossed with candidates nor nested in them.
// For such "ill-structured" designs Putka, Le, McCloy & Diaz (2008, J. Applied Psychology 93(5))
// show that an interviewer's main effect is error only to the extent two candidates do not share
// interviewers; their multiplier
//   q_E = mean_p(1/m_p) − Σ_{p≠p'} c_pp' / (m_p·m_p') / (P(P − 1))
// (m_p: levels of facet E in candidate p's data, c_pp': levels p and p' share) weights each facet's
// main effect in the error of comparing candidates. With everyone seeing the same panel q = 0; with no
// interviewer in common q = 1/k. Relative error (for ranking candidates) and G = σ²_p / (σ²_p + δ):
//   δ = σ²_pr·(1/n_r) + σ²_pi·(1/n_i) + σ²_pri,e·(1/N_p) + q_r·σ²_r + q_i·σ²_i + q_ri·σ²_ri
// (the 1/n terms averaged over candidates). Absolute error Δ (for reading a composite against the
// 2.5 bar) counts every facet effect in full; Φ = σ²_p / (σ²_p + Δ). Negative component estimates are
// set to 0 before use (as Brennan 2001 does), and reported as estimated.
import { henderson1 } from "./variance-components";

/** Below 20 candidates the candidate component rests on < 19 df: its standard error is a third of it at best. */
export const MIN_CANDIDATES_FOR_G_STUDY = 20;
export const MIN_INTERVIEWERS_FOR_G_STUDY = 3;
export const MIN_QUESTIONS_FOR_G_STUDY = 3;

export interface PlanRating {
  candidateId: string;
  interviewerId: string;
  questionKey: string;
  rating: number;
}

export const COMPONENTS = ["candidate", "interviewer", "question", "candidateInterviewer", "candidateQuestion", "interviewerQuestion", "residual"] as const;
export type Component = (typeof COMPONENTS)[number];
export type Components = Record<Component, number>;

export interface DesignFacts {
  candidates: number;
  interviewers: number;
  questions: number;
  ratings: number;
  /** Harmonic means over candidates: interviewers per candidate, questions per candidate. */
  interviewersPerCandidate: number;
  questionsPerCandidate: number;
  /** Putka et al.'s q for the interviewer, question and interviewer×question facets. */
  q: { interviewer: number; question: number; interviewerQuestion: number };
  /** Share of facet levels two candidates have in common, ω = 1 − q / mean(1/m): 1 = same panel (or questions) for all. */
  overlap: { interviewer: number; question: number };
  /** Means over candidates of 1/n_r, 1/n_i, 1/(interviewer × question cells) and 1/N_p. */
  inverse: { interviewers: number; questions: number; cells: number; ratings: number };
}

export type GStudy =
  | {
      kind: "g-study";
      /** As estimated (may be negative). */
      estimated: Components;
      /** Negative estimates set to 0: what the coefficients use. */
      components: Components;
      /** Each component's share of their sum, 0..1. */
      shares: Components;
      design: DesignFacts;
      /** G(q,k): reliability of the composites as collected, for comparing candidates. */
      relative: number;
      /** Φ: dependability of a composite read against a fixed bar. */
      absolute: number;
      /** Below the minimum sample the figures are computed but must not carry a verdict; `needed` more candidates would lift that. */
      sample: { sufficient: boolean; candidates: number; needed: number; reason?: string };
    }
  | { kind: "insufficient"; reason: string; candidates: number; needed: number };

export function gStudy(ratings: readonly PlanRating[]): GStudy {
  const candidates = new Set(ratings.map((r) => r.candidateId));
  const interviewers = new Set(ratings.map((r) => r.interviewerId));
  const questions = new Set(ratings.map((r) => r.questionKey));
  const needed = Math.max(0, MIN_CANDIDATES_FOR_G_STUDY - candidates.size);
  const short = (reason: string): GStudy => ({ kind: "insufficient", reason, candidates: candidates.size, needed });
  if (candidates.size < 2 || interviewers.size < 2 || questions.size < 2) {
    return short(`needs at least 2 candidates, 2 interviewers and 2 questions (got ${candidates.size}, ${interviewers.size}, ${questions.size})`);
  }
  const shortfall =
    candidates.size < MIN_CANDIDATES_FOR_G_STUDY
      ? `${candidates.size} candidates rated; a verdict needs ${MIN_CANDIDATES_FOR_G_STUDY}`
      : interviewers.size < MIN_INTERVIEWERS_FOR_G_STUDY
        ? `${interviewers.size} interviewers; a verdict needs ${MIN_INTERVIEWERS_FOR_G_STUDY}`
        : questions.size < MIN_QUESTIONS_FOR_G_STUDY
          ? `${questions.size} questions; a verdict needs ${MIN_QUESTIONS_FOR_G_STUDY}`
          : undefined;
  const sample = { sufficient: shortfall === undefined, candidates: candidates.size, needed, ...(shortfall ? { reason: shortfall } : {}) };

  const fit = henderson1(
    ratings.map((r) => ({ levels: [r.candidateId, r.interviewerId, r.questionKey], value: r.rating })),
    [[0], [1], [2], [0, 1], [0, 2], [1, 2]],
  );
  if (fit.kind === "insufficient") return short(fit.reason);
  const [p, r, i, pr, pi, ri] = fit.effects.map((effect) => effect.estimate) as [number, number, number, number, number, number];
  const estimated: Components = { candidate: p, interviewer: r, question: i, candidateInterviewer: pr, candidateQuestion: pi, interviewerQuestion: ri, residual: fit.residual };
  const components = Object.fromEntries(COMPONENTS.map((c) => [c, Math.max(0, estimated[c])])) as Components;
  const sum = COMPONENTS.reduce((total, c) => total + components[c], 0);
  const shares = Object.fromEntries(COMPONENTS.map((c) => [c, sum === 0 ? 0 : components[c] / sum])) as Components;
  const design = designFacts(ratings);
  const { relative, absolute } = coefficients(components, design.inverse, design.q);
  return { kind: "g-study", estimated, components, shares, design, relative, absolute, sample };
}

export interface DecisionStudy {
  interviewers: number;
  questions: number;
  relative: number;
  absolute: number;
  relativeErrorVariance: number;
  absoluteErrorVariance: number;
}

/**
 * What the composite's reliability would be with `interviewers` per candidate and `questions` per interview,
 * keeping the observed overlap between candidates' panels and question sets unless told otherwise.
 */
export function decisionStudy(
  g: Extract<GStudy, { kind: "g-study" }>,
  plan: { interviewers: number; questions: number; interviewerOverlap?: number; questionOverlap?: number },
): DecisionStudy {
  const { interviewers: nr, questions: ni } = plan;
  if (!(nr >= 1) || !(ni >= 1)) throw new RangeError(`decisionStudy: needs at least 1 interviewer and 1 question (got ${nr}, ${ni})`);
  const wr = plan.interviewerOverlap ?? g.design.overlap.interviewer;
  const wi = plan.questionOverlap ?? g.design.overlap.question;
  const inverse = { interviewers: 1 / nr, questions: 1 / ni, cells: 1 / (nr * ni), ratings: 1 / (nr * ni) };
  const q = { interviewer: (1 - wr) / nr, question: (1 - wi) / ni, interviewerQuestion: (1 - wr * wi) / (nr * ni) };
  const result = coefficients(g.components, inverse, q);
  return { interviewers: nr, questions: ni, ...result };
}

function coefficients(c: Components, inverse: DesignFacts["inverse"], q: DesignFacts["q"]) {
  const interactions = c.candidateInterviewer * inverse.interviewers + c.candidateQuestion * inverse.questions + c.residual * inverse.ratings;
  const relativeErrorVariance = interactions + q.interviewer * c.interviewer + q.question * c.question + q.interviewerQuestion * c.interviewerQuestion;
  const absoluteErrorVariance = interactions + inverse.interviewers * c.interviewer + inverse.questions * c.question + inverse.cells * c.interviewerQuestion;
  const ratio = (error: number) => (c.candidate + error === 0 ? 0 : c.candidate / (c.candidate + error));
  return { relative: ratio(relativeErrorVariance), absolute: ratio(absoluteErrorVariance), relativeErrorVariance, absoluteErrorVariance };
}

/** Counts per candidate and Putka's q for each facet, in time linear in the ratings. */
export function designFacts(ratings: readonly PlanRating[]): DesignFacts {
  const perCandidate = new Map<string, { interviewers: Set<string>; questions: Set<string>; cells: Set<string>; ratings: number }>();
  for (const r of ratings) {
    const entry = perCandidate.get(r.candidateId) ?? { interviewers: new Set(), questions: new Set(), cells: new Set(), ratings: 0 };
    entry.interviewers.add(r.interviewerId);
    entry.questions.add(r.questionKey);
    entry.cells.add(`${r.interviewerId}\u0000${r.questionKey}`);
    entry.ratings += 1;
    perCandidate.set(r.candidateId, entry);
  }
  const people = [...perCandidate.values()];
  const meanOf = (f: (p: (typeof people)[number]) => number) => people.reduce((sum, p) => sum + f(p), 0) / people.length;
  const inverse = {
    interviewers: meanOf((p) => 1 / p.interviewers.size),
    questions: meanOf((p) => 1 / p.questions.size),
    cells: meanOf((p) => 1 / p.cells.size),
    ratings: meanOf((p) => 1 / p.ratings),
  };
  const q = {
    interviewer: putkaQ(people.map((p) => p.interviewers)),
    question: putkaQ(people.map((p) => p.questions)),
    interviewerQuestion: putkaQ(people.map((p) => p.cells)),
  };
  const overlap = (qValue: number, meanInverse: number) => Math.min(1, Math.max(0, 1 - qValue / meanInverse));
  return {
    candidates: people.length,
    interviewers: new Set(ratings.map((r) => r.interviewerId)).size,
    questions: new Set(ratings.map((r) => r.questionKey)).size,
    ratings: ratings.length,
    interviewersPerCandidate: 1 / inverse.interviewers,
    questionsPerCandidate: 1 / inverse.questions,
    q,
    overlap: { interviewer: overlap(q.interviewer, inverse.interviewers), question: overlap(q.question, inverse.questions) },
    inverse,
  };
}

/**
 * q = mean_p(1/m_p) − Σ_{p≠p'} c_pp'/(m_p m_p') / (P(P−1)). The pair sum is Σ over levels ℓ of
 * [(Σ_{p∋ℓ} 1/m_p)² − Σ_{p∋ℓ} 1/m_p²], so no pair of candidates is ever visited.
 */
export function putkaQ(levelSets: readonly ReadonlySet<string>[]): number {
  const count = levelSets.length;
  if (count < 2) return levelSets.length === 1 ? 1 / levelSets[0]!.size : 0;
  const byLevel = new Map<string, { sum: number; sumOfSquares: number }>();
  let meanInverse = 0;
  for (const set of levelSets) {
    const weight = 1 / set.size;
    meanInverse += weight / count;
    for (const level of set) {
      const entry = byLevel.get(level) ?? { sum: 0, sumOfSquares: 0 };
      entry.sum += weight;
      entry.sumOfSquares += weight ** 2;
      byLevel.set(level, entry);
    }
  }
  let shared = 0;
  for (const { sum, sumOfSquares } of byLevel.values()) shared += sum ** 2 - sumOfSquares;
  return Math.max(0, meanInverse - shared / (count * (count - 1)));
}
