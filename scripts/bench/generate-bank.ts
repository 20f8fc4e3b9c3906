// A synthetic question bank for benchmarks, from Zipf-distributed text. The same questions can be
// written as Markdown set files (to import through the real parser) or handed over as parsed sets
// (to fill a large database quickly for search benchmarks).
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
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
  const competencies = Array.from({ length: 12 }, () => vocabulary.contentWord().replace(/^./, (c) => c.toUpperCase()));
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
      followUps: items(2 + Math.floor(random() * 3), 6, 14),
      scoring: items(4, 8, 20),
      line: 1,
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
      sourcePath: `bench/${slug}.md`,
      questions: Array.from({ length: count }, (_, i) => question(`${slug}-q${i}`)),
    };
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
