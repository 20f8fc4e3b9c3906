// Block rules markdown-it needs to see a file's blocks as remark (micromark + GFM) does.
import type { MarkdownIt, StateBlock } from "markdown-it";

type BlockRule = (state: StateBlock, startLine: number, endLine: number, silent: boolean) => boolean;
const MAX_LABEL = 999; // micromark's linkReferenceSizeMax

/**
 * A GFM footnote definition (`[^label]: text`, continued by lines indented four spaces), after
 * markdown-it-footnote 4's rule with micromark-extension-gfm-footnote's label rules: no spaces,
 * tabs or `[` in the label, `\` escapes `[`, `\` and `]`, at most 999 characters.
 */
export const footnoteDefinition: BlockRule = (state, startLine, endLine, silent) => {
  if (state.sCount[startLine]! - state.blkIndent >= 4) return false;
  const start = state.bMarks[startLine]! + state.tShift[startLine]!;
  const max = state.eMarks[startLine]!;
  const src = state.src;
  if (src.charCodeAt(start) !== 0x5b /* [ */ || src.charCodeAt(start + 1) !== 0x5e /* ^ */) return false;
  let pos = start + 2;
  let size = 0;
  for (;;) {
    if (pos >= max || size > MAX_LABEL) return false;
    const code = src.charCodeAt(pos);
    if (code === 0x5d /* ] */) break;
    if (code === 0x20 || code === 0x09 || code === 0x5b /* [ */) return false;
    if (code === 0x5c /* \ */ && pos + 1 < max && [0x5b, 0x5c, 0x5d].includes(src.charCodeAt(pos + 1))) {
      pos++;
      size++;
    }
    pos++;
    size++;
  }
  if (pos === start + 2 || src.charCodeAt(pos + 1) !== 0x3a /* : */) return false;
  if (silent) return true;
  pos += 2;

  const open = state.push("footnote_open", "", 1);
  open.map = [startLine, 0];
  const oldBMark = state.bMarks[startLine]!;
  const oldTShift = state.tShift[startLine]!;
  const oldSCount = state.sCount[startLine]!;
  const oldParentType = state.parentType;
  const posAfterColon = pos;
  const initial = state.sCount[startLine]! + pos - start;
  let offset = initial;
  while (pos < max) {
    const code = src.charCodeAt(pos);
    if (code === 0x09) offset += 4 - (offset % 4);
    else if (code === 0x20) offset++;
    else break;
    pos++;
  }
  state.tShift[startLine] = pos - posAfterColon;
  state.sCount[startLine] = offset - initial;
  state.bMarks[startLine] = posAfterColon;
  state.blkIndent += 4;
  state.parentType = "footnote";
  if (state.sCount[startLine]! < state.blkIndent) state.sCount[startLine]! += state.blkIndent;
  state.md.block.tokenize(state, startLine, endLine);
  state.parentType = oldParentType;
  state.blkIndent -= 4;
  state.tShift[startLine] = oldTShift;
  state.sCount[startLine] = oldSCount;
  state.bMarks[startLine] = oldBMark;
  open.map[1] = state.line;
  state.push("footnote_close", "", -1);
  return true;
};

/** A line's text after its indentation. */
function lineText(state: StateBlock, line: number): string {
  return state.src.slice(state.bMarks[line]! + state.tShift[line]!, state.eMarks[line]);
}

// CommonMark's "complete" open or closing tag alone on a line (HTML block type 7), as markdown-it
// and micromark match it.
const ATTRIBUTE = `(?:\\s+[a-zA-Z_:][a-zA-Z0-9:._-]*(?:\\s*=\\s*(?:[^"'=<>\`\\x00-\\x20]+|'[^']*'|"[^"]*"))?)`;
const COMPLETE_TAG_LINE = new RegExp(`^(?:<[A-Za-z][A-Za-z0-9-]*${ATTRIBUTE}*\\s*/?>|</[A-Za-z][A-Za-z0-9-]*\\s*>)\\s*$`);

/**
 * micromark ends a table at a complete HTML tag (which cannot interrupt a paragraph), and reads
 * such a tag on a lazy line (one that left a quote or list item) as HTML inside the container,
 * after which the next lazy line no longer continues it; at the very end of the text the tag
 * itself ends the container. markdown-it reads all of these as more of the table or paragraph.
 * A terminator only: it never starts a block itself.
 */
export const lazyCompleteHtml: BlockRule = (state, startLine, _endLine, silent) => {
  // Asked about every line of every paragraph: the cheap tests first.
  if (!silent) return false;
  const text = lineText.bind(null, state);
  if (state.parentType === "table") return state.src.charCodeAt(state.bMarks[startLine]! + state.tShift[startLine]!) === 0x3c && COMPLETE_TAG_LINE.test(text(startLine));
  // In a quote, markdown-it marks lazy lines with sCount -1, and asks only about lazy lines.
  const inQuote = state.parentType === "blockquote";
  if (!inQuote && !(state.parentType === "paragraph" && state.sCount[startLine]! < state.blkIndent)) return false;
  const lazy = (line: number) => (inQuote ? line === startLine || state.sCount[line] === -1 : state.sCount[line]! >= 0 && state.sCount[line]! < state.blkIndent);
  if (!inQuote && state.parentType !== "paragraph") return false;
  if (!lazy(startLine)) return false;
  if (state.eMarks[startLine] === state.src.length && COMPLETE_TAG_LINE.test(text(startLine))) return true;
  // Back over the lines that continued the HTML (indented into the container) to the last lazy one.
  const first = inQuote ? startLine - 1 : ((state.env as ParagraphEnv).paragraphStart ?? startLine) + 1;
  for (let line = startLine - 1; line >= first && line >= 0 && !state.isEmpty(line); line--) {
    if (lazy(line)) return COMPLETE_TAG_LINE.test(text(line));
  }
  return false;
};

interface ParagraphEnv {
  /** First line of the paragraph being read, for lazyCompleteHtml. */
  paragraphStart?: number;
}

/** A paragraph rule (`paragraph` or `lheading`) that tells lazyCompleteHtml where its paragraph starts. */
export function recordingParagraphStart(md: MarkdownIt, name: "paragraph" | "lheading"): BlockRule {
  const rules = md.block.ruler;
  const rule = rules.__rules__[rules.__find__(name)]!.fn;
  return (state, startLine, endLine, silent) => {
    const env = state.env as ParagraphEnv;
    const outer = env.paragraphStart;
    env.paragraphStart = startLine;
    try {
      return rule(state, startLine, endLine, silent);
    } finally {
      env.paragraphStart = outer;
    }
  };
}

/**
 * micromark reads a line right after a link definition as if it could only continue a paragraph
 * (what cannot interrupt one, such as an ordered list not starting at 1, an empty list item, a
 * complete HTML tag or indented code, starts a paragraph instead), and after indented code it
 * does the same for list items. markdown-it starts those blocks.
 */
export function paragraphAfterCodeOrDefinition(md: MarkdownIt): BlockRule {
  const rules = md.block.ruler;
  const lheading = rules.__rules__[rules.__find__("lheading")]!.fn;
  const paragraph = rules.__rules__[rules.__find__("paragraph")]!.fn;
  const list = rules.__rules__[rules.__find__("list")]!.fn;
  const reference = rules.__rules__[rules.__find__("reference")]!.fn;
  const interrupts = (state: StateBlock, startLine: number, endLine: number, check: (state: StateBlock, line: number, end: number) => boolean) => {
    const oldParentType = state.parentType;
    state.parentType = "paragraph";
    const result = check(state, startLine, endLine);
    state.parentType = oldParentType;
    return result;
  };
  const rule: BlockRule = (state, startLine, endLine, silent) => {
    if (silent) return false;
    const previous = state.tokens[state.tokens.length - 1];
    if (!previous || (previous.type !== "code_block" && previous.type !== "reference_definition")) return false;
    if (previous.level !== state.level || !previous.map || state.sCount[startLine]! < state.blkIndent) return false;
    if (previous.type === "code_block") {
      // Indented code goes on over blank lines, so micromark still counts it as open after them.
      for (let line = previous.map[1]; line < startLine; line++) if (!state.isEmpty(line)) return false;
      const restrictedListItem = list(state, startLine, endLine, true) && !interrupts(state, startLine, endLine, (s, l, e) => list(s, l, e, true));
      if (!restrictedListItem) return false;
    } else if (previous.map[1] !== startLine || reference(state, startLine, endLine, true)) {
      return false;
    } else if (interrupts(state, startLine, endLine, (s, l, e) => rules.getRules("paragraph").some((rule) => rule(s, l, e, true)))) {
      return false;
    }
    return lheading(state, startLine, endLine, false) || paragraph(state, startLine, endLine, false);
  };
  return rule;
}

/**
 * markdown-it's `reference` rule, followed (as in micromark, where definitions and the paragraph
 * after them are one run of text) by a paragraph on a lazy line: one that left the list item or
 * footnote the definition is in, where markdown-it would end the container.
 */
export function referenceWithLazyParagraph(md: MarkdownIt): BlockRule {
  const rules = md.block.ruler;
  const reference = rules.__rules__[rules.__find__("reference")]!.fn;
  const paragraph = rules.__rules__[rules.__find__("paragraph")]!.fn;
  return (state, startLine, endLine, silent) => {
    if (!reference(state, startLine, endLine, silent)) return false;
    const next = state.line;
    if (silent || next >= endLine || state.isEmpty(next) || state.sCount[next]! < 0 || state.sCount[next]! >= state.blkIndent) return true;
    // Still a definition, or something that interrupts a paragraph: the container ends as usual.
    if (reference(state, next, endLine, true)) return true;
    const oldParentType = state.parentType;
    state.parentType = "paragraph";
    const interrupts = rules.getRules("paragraph").some((rule) => rule(state, next, endLine, true));
    state.parentType = oldParentType;
    if (!interrupts) paragraph(state, next, endLine, false);
    return true;
  };
}

const DASHES_ONLY = /^ {0,3}-+[ \t]*$/;
const CONTAINER_START = /^(?:[-+*](?:[ \t]|$)|\d{1,9}[.)](?:[ \t]|$)|>)/;
const ONE_COLUMN_DELIMITER = /^ {0,3}(?=[^\n]*[|:])\|?[ \t]*:?-+:?[ \t]*\|?[ \t]*$/;

/**
 * markdown-it's GFM table rule, made to agree with micromark on three edges: a delimiter row of
 * dashes alone underlines a heading instead ("| a |" then "---"); a line that opens a list item
 * or quote is never a header row ("- a|b" then "|-|-|"); and a one-column table needs no pipe in
 * its header row when the delimiter row has one or a colon ("a" then "|-").
 */
export function gfmTable(md: MarkdownIt): BlockRule {
  const rules = md.block.ruler;
  const table = rules.__rules__[rules.__find__("table")]!.fn;
  return (state, startLine, endLine, silent) => {
    // Asked about every line: a delimiter row starts with "|", "-" or ":", or there is no table.
    if (startLine + 1 >= endLine) return false;
    const marker = state.src.charCodeAt(state.bMarks[startLine + 1]! + state.tShift[startLine + 1]!);
    if (marker !== 0x7c && marker !== 0x2d && marker !== 0x3a) return false;
    if (state.sCount[startLine + 1]! < state.blkIndent) return table(state, startLine, endLine, silent);
    const delimiter = state.src.slice(state.bMarks[startLine + 1]!, state.eMarks[startLine + 1]);
    if (DASHES_ONLY.test(delimiter)) return false;
    // A list item or quote opens first; the delimiter row is then a lazy line, which no table has.
    if (CONTAINER_START.test(lineText(state, startLine))) return false;
    if (table(state, startLine, endLine, silent)) return true;
    const header = lineText(state, startLine);
    if (header.includes("|") || header.trim() === "" || state.sCount[startLine]! - state.blkIndent >= 4 || !ONE_COLUMN_DELIMITER.test(delimiter)) return false;
    if (silent) return true;
    // Body rows run as markdown-it's do: to a blank line, an outdented line or a block that interrupts.
    const terminators = rules.getRules("blockquote");
    const oldParentType = state.parentType;
    state.parentType = "table";
    let next = startLine + 2;
    for (; next < endLine; next++) {
      if (state.isEmpty(next) || state.sCount[next]! < state.blkIndent || state.sCount[next]! - state.blkIndent >= 4) break;
      if (terminators.some((rule) => rule(state, next, endLine, true))) break;
    }
    state.parentType = oldParentType;
    state.push("table_open", "table", 1).map = [startLine, next];
    state.push("table_close", "table", -1);
    state.line = next;
    return true;
  };
}
