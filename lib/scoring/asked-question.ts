// A started interview's questions are frozen snapshots (JSON). This reads one back with safe
// defaults, so the scoring screens never depend on how a bank question looked when it was asked.
import { readFollowUps } from "@/lib/content/follow-ups";
import type { FollowUp } from "@/lib/content/schema";
import { anchorsFor } from "./anchors";

export interface AskedQuestion {
  title: string;
  prompt: string;
  answer: string;
  keyPoints: string[];
  redFlags: string[];
  /** Each with its "Listen for" text; snapshots from before it had its own field keep it in the text, and are split here. */
  followUps: FollowUp[];
  anchors: string[];
  minutes: number | null;
  competency: string | null;
  custom: boolean;
}

const strings = (value: unknown) => (Array.isArray(value) ? value.filter((item): item is string => typeof item === "string") : []);
const text = (value: unknown) => (typeof value === "string" ? value : "");

export function readAskedQuestion(snapshot: unknown): AskedQuestion {
  const data = (snapshot && typeof snapshot === "object" ? snapshot : {}) as Record<string, unknown>;
  return {
    title: text(data.title) || "Untitled question",
    prompt: text(data.prompt),
    answer: text(data.answer),
    keyPoints: strings(data.keyPoints),
    redFlags: strings(data.redFlags),
    followUps: readFollowUps(data.followUps),
    anchors: anchorsFor(strings(data.scoring)),
    minutes: typeof data.minutes === "number" ? data.minutes : null,
    competency: text(data.competency) || null,
    custom: data.custom === true,
  };
}
