// A follow-up item and its "Listen for:" line (content/README.md, "Follow-ups say what to listen
// for"): the line that starts with "Listen for:" in the item's own text, and everything after it,
// say what a good reply contains; the lines before it are the question.
//
//   - When would you use a startup probe?
//     Listen for: slow-booting apps; it holds liveness off until the app is up.
//
// Only a line the item's own paragraph text holds counts (not one in a code block, a nested list
// or a quote), so splitting and joining are exact inverses: the exporter writes the item back the
// way it splits again. Pure.
import { blockTokens } from "./markdown-structure";
import type { FollowUp } from "./schema";

/** "Listen for:" at the start of a line, in any case, indented less than code. */
const LISTEN_FOR = /^ {0,3}listen for:[ \t]*/i;
export const LISTEN_FOR_LABEL = "Listen for:";

export type FollowUpReading = { followUp: FollowUp; problem?: undefined } | { followUp?: undefined; problem: { lineOffset: number; message: string } };

/** An item's question and "Listen for" text; an item without such a line is all question. */
export function splitFollowUp(item: string): FollowUpReading {
  const text = item.replace(/\r\n?/g, "\n");
  const lines = text.split("\n");
  if (LISTEN_FOR.test(lines[0]!)) {
    return { problem: { lineOffset: 0, message: 'a follow-up starts with "Listen for:": write the question first, then "Listen for:" on the line under it' } };
  }
  const candidates = lines.flatMap((line, index) => (index > 0 && LISTEN_FOR.test(line) ? [index] : []));
  if (candidates.length === 0) return { followUp: { question: text.trim(), listenFor: null } };
  const paragraphLines = topLevelParagraphLines(text);
  const at = candidates.find((index) => paragraphLines.has(index));
  if (at === undefined) return { followUp: { question: text.trim(), listenFor: null } };
  const listenFor = [lines[at]!.replace(LISTEN_FOR, ""), ...lines.slice(at + 1)].join("\n").trim();
  if (listenFor === "") return { problem: { lineOffset: at, message: '"Listen for:" is empty: say what a good reply to the follow-up contains' } };
  return { followUp: { question: lines.slice(0, at).join("\n").trim(), listenFor } };
}

/** The lines (0-based) of paragraphs at the top level of `text`: not in code, quotes, lists or HTML. */
function topLevelParagraphLines(text: string): Set<number> {
  const lines = new Set<number>();
  for (const token of blockTokens(text)) {
    if (token.type !== "paragraph_open" || token.level !== 0 || !token.map) continue;
    for (let line = token.map[0]; line < token.map[1]; line++) lines.add(line);
  }
  return lines;
}

/**
 * The item's Markdown: the question, then "Listen for:" on the next line, or after a blank line
 * where the question's last block would otherwise take that line in (a list, a quote).
 */
export function joinFollowUp(followUp: FollowUp): string {
  if (followUp.listenFor === null) return followUp.question;
  for (const gap of ["\n", "\n\n"]) {
    const item: string = `${followUp.question}${gap}${LISTEN_FOR_LABEL} ${followUp.listenFor}`;
    const again: FollowUp | undefined = splitFollowUp(item).followUp;
    if (again && again.question === followUp.question && again.listenFor === followUp.listenFor) return item;
  }
  // Not reachable from a parsed item (its "Listen for:" line was a paragraph line after the question).
  return `${followUp.question}\n\n${LISTEN_FOR_LABEL} ${followUp.listenFor}`;
}

/**
 * Follow-ups as stored anywhere: this shape, or the plain strings older versions and started
 * interviews' snapshots hold (whose "Listen for:" line is still part of the text).
 */
export function readFollowUps(value: unknown): FollowUp[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((item): FollowUp[] => {
    if (typeof item === "string") return [splitFollowUp(item).followUp ?? { question: item, listenFor: null }];
    if (item && typeof item === "object" && typeof (item as FollowUp).question === "string") {
      const listenFor = (item as FollowUp).listenFor;
      return [{ question: (item as FollowUp).question, listenFor: typeof listenFor === "string" && listenFor !== "" ? listenFor : null }];
    }
    return [];
  });
}

/** A stored question's follow-ups (`followUps` and `followUpListenFor` columns, by index). */
export function followUpsOf(row: { followUps: readonly string[]; followUpListenFor: readonly string[] }): FollowUp[] {
  return row.followUps.map((question, index) => {
    const listenFor = row.followUpListenFor[index] ?? "";
    // A row stored before listen-for had its own column keeps the line in the text.
    return listenFor !== "" ? { question, listenFor } : (splitFollowUp(question).followUp ?? { question, listenFor: null });
  });
}
