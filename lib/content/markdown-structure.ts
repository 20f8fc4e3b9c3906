// Top-level Markdown structure for the question-set parser: where the `#`/`##`/`###` headings are,
// and what the blocks of a list section are.
//
// remark (micromark) is the reference CommonMark + GFM parser, but it runs at about 0.5 MB/s here
// and slows down further on large documents, far too slow to check a 10,000-question bank
// quickly. So a line scanner handles ordinary Markdown and hands anything it cannot decide exactly
// to remark:
// - The body is split into chunks at `## ` lines in column 0 that are outside code fences and
//   HTML blocks. A column-0 ATX heading closes every list item and block quote, so each chunk
//   starts in a clean top-level state and parsing it alone gives the same blocks as parsing the
//   whole file.
// - A chunk containing a line whose meaning depends on context (setext underline or rule,
//   indented heading, HTML) is "risky" and is parsed by remark; the rest are read by the scanner.
// - Where even the chunk boundaries could be wrong (a fence or HTML start indented or inside an
//   HTML block, a line under-indented inside an indented fence), the scanner stops and the rest
//   of the file goes to remark as one chunk.
// engine "remark" skips the scanner entirely; tests check that both engines agree.
import type { List, ListItem, Root, RootContent } from "mdast";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import { unified } from "unified";

export type Engine = "fast" | "remark";

export interface Heading {
  depth: number;
  /** Heading content as Markdown source, trimmed, without `#` markers or a closing sequence. */
  text: string;
  /** 1-based file lines of the heading's first and last line (they differ for setext headings). */
  line: number;
  endLine: number;
  /** Offsets into the scanned text: first character of the heading, and just after it. */
  start: number;
  end: number;
  /** An underlined (setext) heading, which the format does not allow. */
  setext: boolean;
}

export interface Outline {
  /** Top-level headings of depth 1 to 3, in order; deeper ones are ordinary section content. */
  headings: Heading[];
  /** File lines of code fences that are never closed. */
  unclosedFenceLines: number[];
}

export interface ListItemBlock {
  text: string;
  line: number;
  /** GFM task checkbox state; null when the item has none. */
  checked: boolean | null;
}

export type SectionBlock =
  | { kind: "list"; ordered: boolean; start: number | null; line: number; items: ListItemBlock[] }
  | { kind: "other"; description: string; line: number };

const markdownParser = unified().use(remarkParse).use(remarkGfm).freeze();

function parseMarkdown(text: string): Root {
  return markdownParser.parse(text);
}

// ---------------------------------------------------------------------------------------------
// Outline

/**
 * The top-level headings of `text`, whose first line is line `firstLine` of the file.
 */
export function outlineMarkdown(text: string, firstLine: number, engine: Engine = "fast"): Outline {
  const scan: ScanResult =
    engine === "remark"
      ? { chunks: [{ start: 0, end: text.length, line: 1, risky: true, headings: [] }], unclosedFenceLines: [] }
      : scanChunks(text);
  const outline: Outline = { headings: [], unclosedFenceLines: [] };
  for (const chunk of scan.chunks) {
    const part = chunk.risky ? outlineWithRemark(text, chunk) : { headings: chunk.headings, unclosedFenceLines: [] };
    outline.headings.push(...part.headings);
    outline.unclosedFenceLines.push(...part.unclosedFenceLines);
  }
  outline.unclosedFenceLines.push(...scan.unclosedFenceLines);
  return shiftOutline(outline, firstLine - 1);
}

function shiftOutline(outline: Outline, lineShift: number): Outline {
  return {
    headings: outline.headings.map((h) => ({ ...h, line: h.line + lineShift, endLine: h.endLine + lineShift })),
    unclosedFenceLines: outline.unclosedFenceLines.map((line) => line + lineShift),
  };
}

interface Chunk {
  start: number;
  end: number;
  /** 1-based line of `start` within the scanned text. */
  line: number;
  risky: boolean;
  /** Headings found by the scanner; only meaningful when the chunk is not risky. */
  headings: Heading[];
}

interface ScanResult {
  chunks: Chunk[];
  unclosedFenceLines: number[];
}

type ScanState =
  | { kind: "flow" }
  | { kind: "fence"; marker: string; length: number; indent: number; line: number; chunk: Chunk }
  // `end` null: an HTML block that ends at a blank line (or a paragraph that merely starts with `<`).
  | { kind: "html"; end: RegExp | null };

const ATX_HEADING = /^(#{1,6})(?:[ \t]+(.*?))?[ \t]*$/;
const FENCE_OPENING = /^(`{3,})[^`]*$|^(~{3,})/;
const FENCE_LIKE = /^[ \t]*(?:`{3}|~{3})/;
const FENCE_CLOSING = /^ {0,3}(`{3,}|~{3,})[ \t]*$/;
const UNDERLINE_OR_RULE = /^ {0,3}(?:=+|-+|(?:[-*_][ \t]*){3,})[ \t]*$/;
// CommonMark HTML blocks 1-5: they run until a line containing their end marker, across blank lines.
const HTML_WITH_END_MARKER: ReadonlyArray<readonly [RegExp, RegExp]> = [
  [/^<(?:script|pre|style|textarea)(?:[ \t>]|$)/i, /<\/(?:script|pre|style|textarea)>/i],
  [/^<!--/, /-->/],
  [/^<\?/, /\?>/],
  [/^<![A-Za-z]/, />/],
  [/^<!\[CDATA\[/, /\]\]>/],
];

/** Columns of leading whitespace, with tabs advancing to the next multiple of 4. */
function indentWidth(line: string): number {
  let width = 0;
  for (const char of line) {
    if (char === " ") width += 1;
    else if (char === "\t") width += 4 - (width % 4);
    else break;
  }
  return width;
}

function isBlank(line: string): boolean {
  return line.trim() === "";
}

function htmlEndMarker(line: string): RegExp | null {
  for (const [start, end] of HTML_WITH_END_MARKER) if (start.test(line)) return end;
  return null;
}

/** Content of an ATX heading line: markers, surrounding spaces and a closing `#` run removed. */
export function atxHeadingText(content: string): string {
  const text = content.trim();
  if (/^#+$/.test(text)) return "";
  return text.replace(/[ \t]+#+$/, "").trim();
}

function scanChunks(text: string): ScanResult {
  const chunks: Chunk[] = [{ start: 0, end: text.length, line: 1, risky: false, headings: [] }];
  const unclosedFenceLines: number[] = [];
  let state: ScanState = { kind: "flow" };
  let offset = 0;
  let lineNumber = 0;
  const bail = (): ScanResult => {
    const current = chunks[chunks.length - 1]!;
    current.risky = true;
    current.end = text.length;
    return { chunks, unclosedFenceLines };
  };

  while (offset <= text.length) {
    const newline = text.indexOf("\n", offset);
    const lineEnd = newline === -1 ? text.length : newline;
    const line = text.slice(offset, lineEnd);
    lineNumber += 1;
    const chunk = chunks[chunks.length - 1]!;

    if (state.kind === "fence") {
      const closing = FENCE_CLOSING.exec(line);
      if (state.indent > 0 && !isBlank(line) && indentWidth(line) < state.indent) return bail();
      if (closing && closing[1]![0] === state.marker && closing[1]!.length >= state.length) state = { kind: "flow" };
    } else if (state.kind === "html") {
      if (state.end === null) {
        if (isBlank(line)) state = { kind: "flow" };
        else if (FENCE_LIKE.test(line) || htmlEndMarker(line.trimStart()) !== null) return bail();
      } else if (state.end.test(line)) {
        state = { kind: "flow" };
      }
    } else {
      const first = line[0];
      if (first === "#") {
        const match = ATX_HEADING.exec(line);
        if (match) {
          const depth = match[1]!.length;
          const heading: Heading = {
            depth,
            text: atxHeadingText(match[2] ?? ""),
            line: lineNumber,
            endLine: lineNumber,
            start: offset,
            end: lineEnd,
            setext: false,
          };
          if (depth === 2 && offset > 0) {
            chunk.end = offset;
            chunks.push({ start: offset, end: text.length, line: lineNumber, risky: false, headings: [heading] });
          } else if (depth <= 3) {
            chunk.headings.push(heading);
          }
        }
      } else if (first === "`" || first === "~") {
        const match = FENCE_OPENING.exec(line);
        const fence = match?.[1] ?? match?.[2];
        if (fence) state = { kind: "fence", marker: fence[0]!, length: fence.length, indent: 0, line: lineNumber, chunk };
      } else if (first === "<") {
        chunk.risky = true;
        const end = htmlEndMarker(line);
        state = { kind: "html", end };
        if (end !== null && end.test(line.slice(2))) state = { kind: "flow" };
      } else if (first === " " || first === "\t") {
        const indent = indentWidth(line);
        const rest = line.trimStart();
        if (rest.startsWith("```") || rest.startsWith("~~~")) {
          const match = FENCE_OPENING.exec(rest);
          const fence = match?.[1] ?? match?.[2];
          if (indent > 3) return bail();
          if (fence) state = { kind: "fence", marker: fence[0]!, length: fence.length, indent, line: lineNumber, chunk };
        } else if (rest.startsWith("<")) {
          return bail();
        } else if (indent <= 3 && (ATX_HEADING.test(rest) || UNDERLINE_OR_RULE.test(line))) {
          chunk.risky = true;
        }
      } else if ((first === "=" || first === "-" || first === "*" || first === "_") && UNDERLINE_OR_RULE.test(line)) {
        chunk.risky = true;
      }
    }
    offset = lineEnd + 1;
  }

  // A fence left open swallows the rest of the file, including any later questions. An indented
  // one may belong to a list item that ended long ago, so remark decides; so it does for risky
  // chunks, where it reports the fence itself.
  if (state.kind === "fence") {
    if (state.indent > 0) state.chunk.risky = true;
    else if (!state.chunk.risky) unclosedFenceLines.push(state.line);
  }
  return { chunks, unclosedFenceLines };
}

function outlineWithRemark(text: string, chunk: Chunk): Outline {
  const source = text.slice(chunk.start, chunk.end);
  const root = parseMarkdown(source);
  const lineShift = chunk.line - 1;
  const outline: Outline = { headings: [], unclosedFenceLines: [] };
  for (const node of root.children) {
    if (node.type === "heading" && node.depth <= 3) {
      const { start, end } = span(node);
      outline.headings.push({
        depth: node.depth,
        text: childrenSource(source, node.children).trim(),
        line: node.position!.start.line + lineShift,
        endLine: node.position!.end.line + lineShift,
        start: chunk.start + start,
        end: chunk.start + end,
        setext: !source.slice(start).startsWith("#"),
      });
    } else if (node.type === "code" && isUnclosedFence(source.slice(span(node).start, span(node).end))) {
      outline.unclosedFenceLines.push(node.position!.start.line + lineShift);
    }
  }
  return outline;
}

function span(node: RootContent | ListItem): { start: number; end: number } {
  const position = node.position;
  if (position?.start.offset === undefined || position.end.offset === undefined) {
    throw new Error(`remark returned a ${node.type} node without offsets`);
  }
  return { start: position.start.offset, end: position.end.offset };
}

/** Source of a run of sibling nodes: from the first one's start to the last one's end. */
function childrenSource(source: string, children: ReadonlyArray<RootContent>): string {
  const first = children[0];
  const last = children[children.length - 1];
  if (!first || !last) return "";
  return source.slice(span(first).start, span(last).end);
}

/** Whether a fenced code block's source lacks its closing fence (indented code is never "open"). */
function isUnclosedFence(source: string): boolean {
  const lines = source.split("\n");
  const opening = /^ {0,3}(`{3,}|~{3,})/.exec(lines[0] ?? "");
  if (!opening) return false;
  const closing = lines.length > 1 ? FENCE_CLOSING.exec(lines[lines.length - 1]!) : null;
  return !closing || closing[1]![0] !== opening[1]![0] || closing[1]!.length < opening[1]!.length;
}

// ---------------------------------------------------------------------------------------------
// Section blocks

const BULLET_ITEM = /^([-*+]) (\S.*)$/;
const ORDERED_ITEM = /^(\d{1,9})([.)]) (\S.*)$/;
// Item content that would open a multi-line construct or mean something other than plain text.
const COMPLEX_ITEM_CONTENT = /^(?:`{3}|~{3}|<|\[[ xX]\])/;

/**
 * The top-level blocks of a section's content. `firstLine` is the file line of the text's first
 * line.
 */
export function readSectionBlocks(text: string, firstLine: number, engine: Engine = "fast"): SectionBlock[] {
  return (engine === "fast" ? readSimpleList(text, firstLine) : null) ?? readBlocksWithRemark(text, firstLine);
}

/**
 * Fast path for the common case: a tight list of one-line items, all with the same marker. Returns
 * null for anything else so that remark decides.
 */
function readSimpleList(text: string, firstLine: number): SectionBlock[] | null {
  const lines = text.split("\n");
  let first = 0;
  let last = lines.length - 1;
  while (first <= last && isBlank(lines[first]!)) first++;
  while (last >= first && isBlank(lines[last]!)) last--;
  if (first > last) return [];

  let marker: string | null = null;
  let ordered = false;
  let start: number | null = null;
  const items: ListItemBlock[] = [];
  for (let index = first; index <= last; index++) {
    const line = lines[index]!.trimEnd();
    const bullet = BULLET_ITEM.exec(line);
    const numbered = bullet ? null : ORDERED_ITEM.exec(line);
    const itemMarker = bullet?.[1] ?? numbered?.[2];
    const content = (bullet?.[2] ?? numbered?.[3])?.trim();
    if (!itemMarker || !content || COMPLEX_ITEM_CONTENT.test(content) || UNDERLINE_OR_RULE.test(line)) return null;
    if (marker === null) {
      marker = itemMarker;
      ordered = numbered !== null;
      start = numbered ? Number(numbered[1]) : null;
    } else if (itemMarker !== marker || (numbered !== null) !== ordered) {
      return null;
    }
    items.push({ text: content, line: firstLine + index, checked: null });
  }
  return [{ kind: "list", ordered, start, line: items[0]!.line, items }];
}

const BLOCK_DESCRIPTIONS: Partial<Record<RootContent["type"], string>> = {
  paragraph: "a paragraph",
  heading: "a heading",
  code: "a code block",
  blockquote: "a quote",
  table: "a table",
  html: "HTML",
  thematicBreak: "a horizontal rule",
  definition: "a link definition",
  footnoteDefinition: "a footnote",
};

function readBlocksWithRemark(text: string, firstLine: number): SectionBlock[] {
  const root = parseMarkdown(text);
  const lineShift = firstLine - 1;
  return root.children.map((node): SectionBlock => {
    const line = node.position!.start.line + lineShift;
    if (node.type !== "list") return { kind: "other", description: BLOCK_DESCRIPTIONS[node.type] ?? node.type, line };
    return {
      kind: "list",
      ordered: node.ordered === true,
      start: node.ordered ? (node.start ?? 1) : null,
      line,
      items: listItems(text, node, lineShift),
    };
  });
}

function listItems(text: string, list: List, lineShift: number): ListItemBlock[] {
  return list.children.map((item) => ({
    text: listItemSource(text, item),
    line: item.position!.start.line + lineShift,
    checked: item.checked ?? null,
  }));
}

/**
 * An item's Markdown with the item's indentation removed from its continuation lines, so nested
 * blocks (code, sub-lists) keep their meaning when the text is rendered on its own.
 */
function listItemSource(text: string, item: ListItem): string {
  const first = item.children[0];
  if (!first) return "";
  const contentIndent = first.position!.start.column - 1;
  const [head = "", ...rest] = childrenSource(text, item.children).split("\n");
  const dedented = rest.map((line) => line.slice(Math.min(contentIndent, indentOfSpaces(line))));
  return [head, ...dedented].join("\n").trim();
}

function indentOfSpaces(line: string): number {
  return line.length - line.trimStart().length;
}
