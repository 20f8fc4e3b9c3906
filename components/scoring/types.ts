import type { ReactNode } from "react";

/** One question of a started interview as the live screen shows it; Markdown rendered on the server. */
export interface LiveQuestion {
  id: string;
  title: string;
  minutes: number | null;
  custom: boolean;
  prompt: ReactNode | null;
  answer: ReactNode | null;
  keyPoints: ReactNode[];
  redFlags: ReactNode[];
  /** Each follow-up, and what a good reply contains (its "Listen for" line) when the question says. */
  followUps: { question: ReactNode; listenFor: ReactNode | null }[];
  anchors: ReactNode[];
}
