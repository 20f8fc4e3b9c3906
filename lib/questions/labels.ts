import type { Audience } from "@/lib/generated/prisma/enums";

export const DIFFICULTY_LABELS: Record<string, string> = { EASY: "Easy", MEDIUM: "Medium", HARD: "Hard" };
export const LEVEL_LABELS: Record<string, string> = { JUNIOR: "Junior", MID: "Mid", SENIOR: "Senior", STAFF: "Staff" };
export const AUDIENCE_LABELS: Record<Audience, string> = {
  INTERVIEW: "Interview only",
  PRACTICE: "Practice only",
  BOTH: "Interview & practice",
};

/** The anchored 1–4 scale; a question's own anchors describe each level for that question. */
export const SCORE_LEVELS = [
  { value: 1, name: "Poor", generic: "Misses the core idea or gets it wrong." },
  { value: 2, name: "Weak", generic: "Knows the basics but with gaps or errors that matter." },
  { value: 3, name: "Solid", generic: "Correct and complete for the role's level." },
  { value: 4, name: "Excellent", generic: "Correct, complete and shows depth: trade-offs, failure modes, experience." },
] as const;
