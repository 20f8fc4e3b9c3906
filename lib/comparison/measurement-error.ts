// How precise is one candidate's composite, and can two composites be told apart?
//
// The standard error of measurement of a composite comes from the G study's components and the
// candidate's own design (Brennan 2001: the absolute error variance of a person's mean score):
//   SEM² = σ²_r/n_r + σ²_i/n_i + σ²_ri/n_ri + σ²_pr/n_r + σ²_pi/n_i + σ²_pri,e/N
// (n_r interviewers, n_i questions, n_ri interviewer×question cells, N ratings). For two candidates
// the error of the difference loses what they share: an interviewer (question, cell) who rated both
// adds the same leniency to both composites, which cancels in the difference (Putka et al. 2008):
//   SE_diff² = SEM_a² + SEM_b² − 2·(σ²_r·c_r/(n_r,a·n_r,b) + σ²_i·c_i/(n_i,a·n_i,b) + σ²_ri·c_ri/(n_ri,a·n_ri,b)).
// Two composites are distinguishable when they differ by more than 1.96·SE_diff: a difference that
// size would arise from measurement error alone less than 5% of the time.
import type { Components, GStudy } from "./g-study";

export const Z_95 = 1.959963984540054;

export interface CandidateDesign {
  interviewers: ReadonlySet<string>;
  questions: ReadonlySet<string>;
  /** interviewer + "\u0000" + question, for each cell the candidate has at least one rating in. */
  cells: ReadonlySet<string>;
  ratings: number;
}

export function candidateDesign(ratings: readonly { interviewerId: string; questionKey: string }[]): CandidateDesign {
  return {
    interviewers: new Set(ratings.map((r) => r.interviewerId)),
    questions: new Set(ratings.map((r) => r.questionKey)),
    cells: new Set(ratings.map((r) => `${r.interviewerId}\u0000${r.questionKey}`)),
    ratings: ratings.length,
  };
}

/** SEM² of one candidate's composite (absolute error: every facet effect counts). */
export function compositeErrorVariance(c: Components, design: CandidateDesign): number {
  if (design.ratings === 0) throw new RangeError("compositeErrorVariance: the candidate has no ratings");
  const nr = design.interviewers.size;
  const ni = design.questions.size;
  return (c.interviewer + c.candidateInterviewer) / nr + (c.question + c.candidateQuestion) / ni + c.interviewerQuestion / design.cells.size + c.residual / design.ratings;
}

export function compositeStandardError(c: Components, design: CandidateDesign): number {
  return Math.sqrt(compositeErrorVariance(c, design));
}

/** SE of the difference of two composites, crediting the interviewers, questions and cells they share. */
export function differenceStandardError(c: Components, a: CandidateDesign, b: CandidateDesign): number {
  const shared = (x: ReadonlySet<string>, y: ReadonlySet<string>) => [...x].filter((level) => y.has(level)).length;
  const covariance =
    (c.interviewer * shared(a.interviewers, b.interviewers)) / (a.interviewers.size * b.interviewers.size) +
    (c.question * shared(a.questions, b.questions)) / (a.questions.size * b.questions.size) +
    (c.interviewerQuestion * shared(a.cells, b.cells)) / (a.cells.size * b.cells.size);
  return Math.sqrt(Math.max(0, compositeErrorVariance(c, a) + compositeErrorVariance(c, b) - 2 * covariance));
}

/** The classical SEM = SD·√(1 − reliability) (Lord & Novick 1968), for a composite whose reliability is known but whose components are not. */
export function semFromReliability(sd: number, reliability: number): number {
  if (!(sd >= 0) || !(reliability >= 0 && reliability <= 1)) throw new RangeError(`semFromReliability: needs sd ≥ 0 and reliability in [0, 1] (got ${sd}, ${reliability})`);
  return sd * Math.sqrt(1 - reliability);
}

export type CompositeComparison =
  | {
      kind: "compared";
      difference: number;
      standardError: number;
      /** 1.96 · SE_diff: the smallest difference that counts. */
      margin: number;
      distinguishable: boolean;
    }
  | { kind: "too-few"; reason: string; candidates: number; needed: number };

/** Whether composites a and b differ by more than measurement error, judged only on a G study with enough candidates. */
export function compareComposites(g: GStudy, a: { composite: number; design: CandidateDesign }, b: { composite: number; design: CandidateDesign }): CompositeComparison {
  if (g.kind === "insufficient") return { kind: "too-few", reason: g.reason, candidates: g.candidates, needed: g.needed };
  if (!g.sample.sufficient) return { kind: "too-few", reason: g.sample.reason ?? "too few candidates", candidates: g.sample.candidates, needed: g.sample.needed };
  const difference = a.composite - b.composite;
  const standardError = differenceStandardError(g.components, a.design, b.design);
  const margin = Z_95 * standardError;
  return { kind: "compared", difference, standardError, margin, distinguishable: Math.abs(difference) > margin };
}
