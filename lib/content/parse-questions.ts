// The body of a question-set file: split at `##` headings into questions and their `###`
// sections, each question read into a ParsedQuestion.
import { type Heading, MAX_NESTING, type Outline, outlineMarkdown } from "./markdown-structure";
import { readMetadataAndPrompt, slugify } from "./parse-metadata";
import { type QuestionBlock, readSections } from "./parse-sections";
import { linesOf, quote, type Region, type Report } from "./parse-text";
import type { Audience, ParsedQuestion } from "./schema";

export interface ReadQuestion {
  question: ParsedQuestion;
  /** The line that sets the id: the `id:` line, or the heading when the id comes from the title. */
  idLine: number;
}

export function readQuestions(body: Region, setAudience: Audience, report: Report): { questions: ReadQuestion[]; headingCount: number } {
  const outline = outlineMarkdown(body.text, body.line);
  if (outline.tooDeepLine !== null) {
    report(outline.tooDeepLine, `lists or quotes are nested too deep here (more than ${MAX_NESTING} lists inside each other): flatten them`);
  }
  for (const line of outline.unclosedFenceLines) {
    report(line, "this code block is never closed: add a closing fence (everything after it, including later questions, is read as code)");
  }
  for (const line of outline.unclosedHtmlLines) {
    report(line, 'this HTML is never closed: close it, e.g. "<!--" with "-->" (everything after it, including later questions, is read as HTML)');
  }
  const blocks = groupQuestions(body, outline, report);
  const questions: ReadQuestion[] = [];
  for (const block of blocks) {
    const question = readQuestion(block, setAudience, report);
    if (question !== null) questions.push(question);
  }
  return { questions, headingCount: blocks.length };
}

/** Splits the body at `##` headings into questions and their `###` sections. */
function groupQuestions(body: Region, outline: Outline, report: Report): QuestionBlock[] {
  // Disallowed headings are reported and then read as ordinary content, so one mistake does not
  // also break the structure around it.
  const structural: Heading[] = [];
  const ignoredLines = new Set<number>();
  for (const heading of outline.headings) {
    if (heading.setext) {
      report(heading.endLine, `underlined heading ${quote(heading.text)} is not allowed: start questions with "## " and sub-headings inside a section with "#### "; for a horizontal rule, leave a blank line above the "---"`);
    } else if (heading.depth === 1) {
      report(heading.line, `"# " headings are not allowed: the set's title comes from "title:" in the front matter, and each question starts with "## "`);
    } else {
      structural.push(heading);
      continue;
    }
    for (let line = heading.line; line <= heading.endLine; line++) ignoredLines.add(line);
  }
  const regionBetween = (start: number, end: number, line: number): Region => ({ text: body.text.slice(start, end), line });

  const firstQuestion = structural.find((heading) => heading.depth === 2);
  reportContentBeforeQuestions(regionBetween(0, firstQuestion?.start ?? body.text.length, body.line), ignoredLines, report);

  const blocks: QuestionBlock[] = [];
  structural.forEach((heading, index) => {
    if (heading.depth !== 2) return;
    let next = index + 1;
    while (next < structural.length && structural[next]!.depth === 3) next++;
    const questionEnd = structural[next] ?? null;
    const sectionHeadings = structural.slice(index + 1, next);
    blocks.push({
      heading,
      preamble: regionBetween(heading.end, sectionHeadings[0]?.start ?? questionEnd?.start ?? body.text.length, heading.endLine),
      sections: sectionHeadings.map((sectionHeading, i) => {
        const sectionEnd = sectionHeadings[i + 1] ?? questionEnd;
        return {
          heading: sectionHeading,
          content: regionBetween(sectionHeading.end, sectionEnd?.start ?? body.text.length, sectionHeading.endLine),
          blocks: outline.blocks.slice(sectionHeading.index + 1, sectionEnd?.index ?? outline.blocks.length),
        };
      }),
    });
  });
  return blocks;
}

function reportContentBeforeQuestions(region: Region, ignoredLines: Set<number>, report: Report): void {
  const stray = linesOf(region).find(({ text, line }) => text.trim() !== "" && !ignoredLines.has(line));
  if (stray) report(stray.line, 'content before the first question: only the front matter may come before the first "## " heading');
}

function readQuestion(block: QuestionBlock, setAudience: Audience, report: Report): ReadQuestion | null {
  const { heading } = block;
  const title = heading.text;
  if (title === "") report(heading.line, 'question heading is empty: write the question after "## "');
  const label = `question ${quote(title)}`;

  const { metadata, prompt } = readMetadataAndPrompt(block.preamble, heading.line, report);
  const sections = readSections(block, label, report);
  const derivedId = slugify(title);
  if (metadata.id === undefined && title !== "" && derivedId === "") {
    report(heading.line, 'cannot make an id from this title: add an "id:" line to the metadata block');
  }
  const id = metadata.id ?? derivedId;
  if (metadata.difficulty === undefined || sections === null || id === "" || title === "") return null;
  return {
    idLine: metadata.idLine ?? heading.line,
    question: {
      id,
      title,
      difficulty: metadata.difficulty,
      level: metadata.level ?? null,
      competency: metadata.competency ?? null,
      tags: metadata.tags ?? [],
      minutes: metadata.minutes ?? null,
      audience: metadata.audience ?? setAudience,
      ownAudience: metadata.audience ?? null,
      prompt,
      ...sections,
      line: heading.line,
    },
  };
}

export function reportDuplicateIds(questions: ReadQuestion[], file: string, report: Report): void {
  const firstById = new Map<string, ParsedQuestion>();
  for (const { question, idLine } of questions) {
    const first = firstById.get(question.id);
    if (first) report(idLine, `duplicate question id ${quote(question.id)}: also defined at ${file}:${first.line}`);
    else firstById.set(question.id, question);
  }
}
