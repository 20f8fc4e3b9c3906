// Modelled sets: a question set drawn as a model of its parts and presentation choices (bullets,
// numbering, heading case, section order), rendered to a file with the ParsedSet it must parse to.
import fc from "fast-check";
import { slugify } from "@/lib/content/parse-question-set";
import { AUDIENCES, type Audience, DIFFICULTIES, type Difficulty, LEVELS, type Level, type MetadataKey, type ParsedQuestion, type ParsedSet } from "@/lib/content/schema";
import { codeBlock, FILE, headingCase, paragraph, phrase, reviewedMonth, SECTIONS, twinId } from "./building-blocks";

const markdownBody = fc
  .array(fc.oneof({ weight: 4, arbitrary: paragraph }, { weight: 1, arbitrary: codeBlock }, { weight: 1, arbitrary: phrase.map((p) => `#### ${p}`) }), {
    minLength: 1,
    maxLength: 4,
  })
  .map((blocks) => blocks.join("\n\n"));
const items = fc.array(phrase, { minLength: 1, maxLength: 5 });
/** "Listen for:" as people write it: any case, any spacing after the colon. */
const listenForLabel = fc.constantFrom("Listen for:", "listen for:", "LISTEN FOR:", "Listen for:  ", "Listen For:\t");
const listenFor = fc.oneof({ weight: 4, arbitrary: phrase }, { weight: 1, arbitrary: fc.tuple(phrase, phrase).map(([a, b]) => `${a}\nand ${b}`) });
// The question starts with a word, so its first line is a paragraph that a lazy "Listen for:" line
// continues ("- 1. x" would make it a list, which that line would continue instead).
const modelFollowUp = fc.record({ question: phrase.map((p) => `Why ${p}`), listenFor: fc.option(listenFor), label: listenForLabel, indent: fc.boolean() });

interface QuestionModel {
  title: string;
  id: string | null;
  difficulty: Difficulty;
  level: Level | null;
  competency: string | null;
  tags: string[];
  minutes: number | null;
  audience: Audience | null;
  prompt: string | null;
  answer: string;
  keyPoints: string[];
  redFlags: string[] | null;
  followUps: { question: string; listenFor: string | null; label: string; indent: boolean }[] | null;
  scoring: [string, string, string, string] | null;
  reviewed: string | null;
  practiceTwin: string | null;
  // Presentation choices that must not change the result.
  order: (typeof SECTIONS)[number][];
  caseOf: (s: string) => string;
  bullet: "-" | "*" | "+";
  numbering: "." | ")";
  looseLists: boolean;
  blankAfterHeading: boolean;
}

const questionModel: fc.Arbitrary<QuestionModel> = fc.record({
  title: phrase,
  id: fc.option(fc.stringMatching(/^[a-z0-9]{1,6}(?:-[a-z0-9]{1,6}){0,3}$/)),
  difficulty: fc.constantFrom(...DIFFICULTIES),
  level: fc.option(fc.constantFrom(...LEVELS)),
  competency: fc.option(phrase),
  tags: fc.uniqueArray(fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,8}$/), { maxLength: 4 }),
  minutes: fc.option(fc.integer({ min: 1, max: 120 })),
  audience: fc.option(fc.constantFrom(...AUDIENCES)),
  prompt: fc.option(markdownBody),
  answer: markdownBody,
  keyPoints: items,
  redFlags: fc.option(items),
  followUps: fc.option(fc.array(modelFollowUp, { minLength: 1, maxLength: 4 })),
  scoring: fc.option(fc.tuple(phrase, phrase, phrase, phrase)),
  reviewed: fc.option(reviewedMonth),
  practiceTwin: fc.option(twinId),
  order: fc.shuffledSubarray([...SECTIONS], { minLength: SECTIONS.length, maxLength: SECTIONS.length }),
  caseOf: headingCase,
  bullet: fc.constantFrom("-", "*", "+"),
  numbering: fc.constantFrom(".", ")"),
  looseLists: fc.boolean(),
  blankAfterHeading: fc.boolean(),
});

interface SetModel {
  title: string;
  slug: string | null;
  description: string | null;
  audience: Audience | null;
  introduction: string | null;
  questions: QuestionModel[];
}

export const setModel: fc.Arbitrary<SetModel> = fc
  .record({
    title: phrase,
    slug: fc.option(fc.stringMatching(/^[a-z0-9]{1,8}(?:-[a-z0-9]{1,8}){0,2}$/)),
    description: fc.option(phrase),
    audience: fc.option(fc.constantFrom(...AUDIENCES)),
    introduction: fc.option(markdownBody),
    questions: fc.uniqueArray(questionModel, { minLength: 1, maxLength: 5, selector: (q) => q.id ?? slugify(q.title) }),
  })
  // A question is never its own twin (the parser refuses that).
  .map((model) => ({ ...model, questions: model.questions.map((q) => (q.practiceTwin === (q.id ?? slugify(q.title)) ? { ...q, practiceTwin: null } : q)) }));

/** Sets in the format before v2: no reviewed, practice-twin or introduction. */
export const legacySetModel: fc.Arbitrary<SetModel> = setModel.map((model) => ({
  ...model,
  introduction: null,
  questions: model.questions.map((q) => ({ ...q, reviewed: null, practiceTwin: null })),
}));

function renderList(list: readonly string[], marker: (index: number) => string, loose: boolean): string {
  return list.map((item, index) => `${marker(index)} ${item}`).join(loose ? "\n\n" : "\n");
}

function metadataLines(q: QuestionModel): [MetadataKey, string][] {
  const entries: [MetadataKey, string | null][] = [
    ["id", q.id],
    ["difficulty", q.difficulty],
    ["level", q.level],
    ["competency", q.competency],
    ["tags", q.tags.length === 0 ? null : q.tags.join(", ")],
    ["minutes", q.minutes === null ? null : String(q.minutes)],
    ["audience", q.audience],
    ["reviewed", q.reviewed],
    ["practice-twin", q.practiceTwin],
  ];
  return entries.filter((entry): entry is [MetadataKey, string] => entry[1] !== null);
}

/** A follow-up as the model writes it: the label in its own spelling, on a lazy or an indented line. */
function renderFollowUp(f: QuestionModel["followUps"] & object extends (infer T)[] ? T : never): string {
  if (f.listenFor === null) return f.question;
  const indent = f.indent ? "  " : "";
  return `${f.question}\n${indent}${f.label}${f.label.endsWith(":") ? " " : ""}${f.listenFor.replace(/\n/g, `\n${indent}`)}`;
}

function renderQuestion(q: QuestionModel): string[] {
  const metadata = metadataLines(q).map(([key, value]) => `${key}: ${value}`);
  const sections: Record<(typeof SECTIONS)[number], string | null> = {
    Answer: q.answer,
    "Key points": renderList(q.keyPoints, () => q.bullet, q.looseLists),
    "Red flags": q.redFlags && renderList(q.redFlags, () => q.bullet, q.looseLists),
    "Follow-ups": q.followUps && renderList(q.followUps.map(renderFollowUp), () => q.bullet, q.looseLists),
    Scoring: q.scoring && renderList(q.scoring, (index) => `${index + 1}${q.numbering}`, q.looseLists),
  };
  const out = [`## ${q.title}`, ...(q.blankAfterHeading ? [""] : []), ...metadata, ""];
  if (q.prompt !== null) out.push(q.prompt, "");
  for (const name of q.order) {
    const content = sections[name];
    if (content !== null) out.push(`### ${q.caseOf(name)}`, "", content, "");
  }
  return out.join("\n").split("\n");
}

export function render(model: SetModel): { source: string; expected: ParsedSet } {
  const frontMatter = [
    "---",
    `title: ${JSON.stringify(model.title)}`,
    ...(model.slug === null ? [] : [`slug: ${JSON.stringify(model.slug)}`]),
    ...(model.description === null ? [] : [`description: ${JSON.stringify(model.description)}`]),
    ...(model.audience === null ? [] : [`audience: ${model.audience}`]),
    "---",
    "",
    ...(model.introduction === null ? [] : [model.introduction, ""]),
  ];
  const lines = [...frontMatter.flatMap((text) => text.split("\n"))];
  const setAudience = model.audience ?? "both";
  const questions: ParsedQuestion[] = model.questions.map((q) => {
    const line = lines.length + 1;
    lines.push(...renderQuestion(q));
    const firstKey = line + 1 + (q.blankAfterHeading ? 1 : 0);
    const keyLines = Object.fromEntries(metadataLines(q).map(([key], index) => [key, firstKey + index]));
    return {
      id: q.id ?? slugify(q.title),
      title: q.title,
      difficulty: q.difficulty,
      level: q.level,
      competency: q.competency,
      tags: q.tags,
      minutes: q.minutes,
      audience: q.audience ?? setAudience,
      ownAudience: q.audience,
      prompt: q.prompt ?? "",
      answer: q.answer,
      keyPoints: q.keyPoints,
      redFlags: q.redFlags ?? [],
      followUps: (q.followUps ?? []).map((f) => ({ question: f.question, listenFor: f.listenFor })),
      scoring: q.scoring ?? [],
      reviewed: q.reviewed,
      practiceTwin: q.practiceTwin,
      line,
      keyLines,
    };
  });
  return {
    source: lines.join("\n"),
    expected: {
      slug: model.slug ?? "generated-set",
      title: model.title,
      description: model.description,
      audience: setAudience,
      ownAudience: model.audience,
      introduction: model.introduction ?? "",
      sourcePath: FILE,
      questions,
    },
  };
}
