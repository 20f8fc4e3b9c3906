// Test data shaped like the parser's output (ParsedSet / ParsedQuestion), for the seed's own functions.
import type { ParsedQuestion, ParsedSet } from "../lib/content/schema";

let counter = 0;

export function makeQuestion(overrides: Partial<ParsedQuestion> = {}): ParsedQuestion {
  counter += 1;
  return {
    id: `q-${counter}`,
    title: `Question number ${counter}?`,
    difficulty: "medium",
    level: "mid",
    competency: "Delivery",
    tags: ["testing"],
    minutes: 10,
    audience: "both",
    ownAudience: null,
    prompt: "",
    answer: `The answer to question ${counter}.`,
    keyPoints: ["A first point", "A second point"],
    redFlags: ["A worrying sign"],
    followUps: [{ question: "A deeper question?", listenFor: "What a good reply contains." }],
    scoring: ["Poor.", "Weak.", "Solid.", "Excellent."],
    reviewed: "2026-12",
    practiceTwin: null,
    line: counter,
    keyLines: {},
    ...overrides,
  };
}

export function makeSet(overrides: Partial<ParsedSet> = {}): ParsedSet {
  const slug = overrides.slug ?? `set-${++counter}`;
  return {
    slug,
    title: `Set ${slug}`,
    description: null,
    audience: "both",
    ownAudience: null,
    introduction: "",
    sourcePath: `content/questions/${slug}.md`,
    questions: [makeQuestion()],
    ...overrides,
  };
}
