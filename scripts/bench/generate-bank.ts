// A synthetic question bank for benchmarks, from Zipf-distributed text. The same questions can be
// written as Markdown set files (to import through the real parser) or handed over as parsed sets
// (to fill a large database quickly for search benchmarks).
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { COMPETENCIES_PATH, parseCompetencies } from "../../lib/content/competencies";
import { exportQuestionSet } from "../../lib/content/export-question-set";
import type { ParsedQuestion, ParsedSet } from "../../lib/content/schema";
import type { Vocabulary } from "./synthetic-text";

const DIFFICULTIES = ["easy", "medium", "hard"] as const;
const LEVELS = ["junior", "mid", "senior", "staff"] as const;
const AUDIENCES = ["both", "both", "both", "both", "interview", "practice"] as const;

function pick<T>(items: readonly T[], random: () => number): T {
  return items[Math.floor(random() * items.length)]!;
}

export function createBankGenerator(vocabulary: Vocabulary) {
  const { random } = vocabulary;
  // The bank rules accept only the competency list's names.
  const competencies = parseCompetencies(readFileSync(COMPETENCIES_PATH, "utf8")).competencies.map((competency) => competency.name);
  const tags = Array.from({ length: 400 }, () => vocabulary.contentWord());
  const items = (count: number, min: number, max: number) => Array.from({ length: count }, () => vocabulary.sentence(min, max));

  function question(id: string): ParsedQuestion {
    const question: ParsedQuestion = {
      id,
      title: `${vocabulary.sentence(6, 14)}?`,
      difficulty: pick(DIFFICULTIES, random),
      level: pick(LEVELS, random),
      competency: pick(competencies, random),
      tags: [...new Set(Array.from({ length: 2 + Math.floor(random() * 3) }, () => pick(tags, random)))],
      minutes: 5 + Math.floor(random() * 16),
      audience: pick(AUDIENCES, random),
      ownAudience: null,
      prompt: random() < 0.5 ? vocabulary.paragraph(10, 40) : "",
      answer: `${vocabulary.paragraph(60, 110)}\n\n${vocabulary.paragraph(20, 90)}`,
      keyPoints: items(3 + Math.floor(random() * 4), 5, 12),
      redFlags: items(2 + Math.floor(random() * 3), 5, 12),
      followUps: items(2 + Math.floor(random() * 3), 6, 14).map((text) => ({ question: `${text}?`, listenFor: vocabulary.sentence(5, 12) })),
      scoring: items(4, 8, 20),
      reviewed: "2026-01",
      practiceTwin: null,
      line: 1,
      keyLines: {},
    };
    // In the file, as the set's audience is "both".
    question.ownAudience = question.audience === "both" ? null : question.audience;
    return question;
  }

  function set(index: number, count: number): ParsedSet {
    const slug = `bench-${String(index).padStart(4, "0")}`;
    return {
      slug,
      title: `Synthetic set ${index}`,
      description: `${vocabulary.sentence(8, 16)}.`,
      audience: "both",
      ownAudience: null,
      introduction: "",
      sourcePath: `bench/${slug}.md`,
      questions: withTwins(Array.from({ length: count }, (_, i) => question(`${slug}-q${i}`))),
    };
  }

  /** Each interview-only question takes the next question, made practice-only, as its practice twin (the bank rules want one). */
  function withTwins(questions: ParsedQuestion[]): ParsedQuestion[] {
    questions.forEach((question, i) => {
      if (question.audience !== "interview") return;
      const next = questions[i + 1];
      if (next && next.audience !== "interview") {
        Object.assign(next, { audience: "practice", ownAudience: "practice" });
        question.practiceTwin = next.id;
      } else Object.assign(question, { audience: "both", ownAudience: null });
    });
    return questions;
  }

  /** `total` questions in sets of `perSet`. */
  function sets(total: number, perSet = 100): ParsedSet[] {
    return Array.from({ length: Math.ceil(total / perSet) }, (_, index) => set(index, Math.min(perSet, total - index * perSet)));
  }

  return { sets };
}

export function writeSets(folder: string, sets: ParsedSet[]) {
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(folder, { recursive: true });
  for (const set of sets) writeFileSync(path.join(folder, `${set.slug}.md`), exportQuestionSet(set));
  return folder;
}
