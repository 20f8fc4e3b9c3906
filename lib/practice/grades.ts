// The four self-grades of a practice run; apart from the zod schemas so the run page ships without zod.

export const GRADE_LABELS = { 1: "Again", 2: "Hard", 3: "Good", 4: "Easy" } as const;
export type Grade = keyof typeof GRADE_LABELS;

/** The grade suggested by the share of key points the person says they covered. */
export function suggestGrade(ticked: number, total: number): Grade {
  if (total <= 0) return 3;
  const share = ticked / total;
  if (share < 1 / 3) return 1;
  if (share < 2 / 3) return 2;
  if (share < 1) return 3;
  return 4;
}
