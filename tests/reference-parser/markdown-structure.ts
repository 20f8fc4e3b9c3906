// FROZEN REFERENCE for tests/parser-equivalence.test.ts: lib/content/markdown-structure.ts as it was before
// the parser moved to markdown-it and yaml (commit 3b7145f), unchanged but for the import of
// the schema. Not used by the app. Kept whole (not split like the live parser) so that it can be
// compared with that commit line for line.
// Markdown structure for the question-set parser: the top-level blocks of a file's body, where its
// `#`/`##`/`###` headings are, and what the blocks of a list section are. Every Markdown decision
// is remark's (remark-parse + remark-gfm, as mdast).
//
// remark-parse (micromark) is superlinear on large documents: each time a container (list, block
// quote) closes, it copies the whole event array. Parsing small pieces separately is linear, so
// `parseMarkdown` parses the text in pieces and joins them into the tree one parse of the whole
// text gives:
// 1. Outline pass: a parse of the whole text with container constructs disabled, which keeps it
//    linear (and inline ones, which it does not need), gives cut points: one-line (ATX) headings
//    of depth 1 or 2 in column 1. Such a heading closes every open list, block quote and
//    paragraph, so the text from there on parses the same on its own.
// 2. Each piece, from one cut point to the next, is parsed with the full processor together with
//    the next cut point's heading line. If that line comes out as a top-level heading, nothing in
//    the piece is left open across the cut, and the piece's blocks are the whole text's. If not,
//    the cut was wrong (without lists, a fence inside a list item looks like a top-level one, so
//    the outline pass can see a heading where the real fence or HTML block swallows it), and the
//    piece is parsed again up to a later cut point.
// A cut point the outline pass misses (a heading it took for code) only makes a piece longer.
import type { Heading as MdastHeading, List, ListItem, Nodes, Root, RootContent } from "mdast";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import { type Processor, unified } from "unified";

type Point = NonNullable<Nodes["position"]>["start"];

const fullProcessor = unified().use(remarkParse).use(remarkGfm).freeze();

// Without containers, and without inline constructs: only the blocks matter here.
const OUTLINE_DISABLED = [
  "list",
  "blockQuote",
  "attention",
  "autolink",
  "characterEscape",
  "characterReference",
  "codeText",
  "hardBreakEscape",
  "htmlText",
  "labelEnd",
  "labelStartImage",
  "labelStartLink",
];

const outlineProcessor = unified()
  .use(remarkParse)
  .use(function disableConstructs(this: Processor) {
    (this.data().micromarkExtensions ??= []).push({ disable: { null: OUTLINE_DISABLED } });
  })
  .freeze();

// ---------------------------------------------------------------------------------------------
// Parsing

/**
 * The mdast of `text`: the tree `fullProcessor.parse(text)` gives, computed piece by piece. One
 * difference: a link or footnote reference is resolved only against definitions in its own piece
 * (else it stays text); the question-set parser never looks at inline nodes' types.
 */
export function parseMarkdown(text: string): Root {
  const cuts = outlineCuts(text);
  const children: RootContent[] = [];
  let end: Point = { line: 1, column: 1, offset: 0 };
  let index = 0;
  while (index < cuts.length) {
    // Parse up to the next cut point; if it was wrong, up to one twice as far, so that a document
    // with many wrong cut points is parsed in a few long pieces rather than a growing one.
    let reach = 1;
    let piece = parsePiece(text, cuts[index]!, cuts[index + reach]);
    while (piece === null) {
      reach *= 2;
      piece = parsePiece(text, cuts[index]!, cuts[index + reach]);
    }
    children.push(...piece.children);
    end = piece.position!.end;
    index += reach;
  }
  return { type: "root", children, position: { start: { line: 1, column: 1, offset: 0 }, end } };
}

interface Cut {
  offset: number;
  /** 1-based line of `offset`. */
  line: number;
  /** End of the cut point's heading line (not including the line ending). */
  headingEnd: number;
}

/** Start of the text, then the column-1 ATX headings of depth 1 or 2 found with containers disabled. */
function outlineCuts(text: string): Cut[] {
  const cuts: Cut[] = [{ offset: 0, line: 1, headingEnd: 0 }];
  for (const node of outlineProcessor.parse(text).children) {
    if (node.type !== "heading" || node.depth > 2 || !isAtx(node) || node.position!.start.column !== 1) continue;
    const { start, end } = span(node);
    if (start > 0) cuts.push({ offset: start, line: node.position!.start.line, headingEnd: end });
  }
  return cuts;
}

/**
 * The top-level blocks of the text from `from` to `to` (or the end), positioned in the whole text;
 * null when `to`'s heading line would not start a new block there.
 */
function parsePiece(text: string, from: Cut, to: Cut | undefined): Root | null {
  const source = text.slice(from.offset, to?.headingEnd ?? text.length);
  const root = fullProcessor.parse(source);
  if (to !== undefined) {
    const last = root.children.pop();
    if (last?.type !== "heading" || last.position!.start.offset !== to.offset - from.offset) return null;
  }
  shiftPositions(root, from.line - 1, from.offset);
  return root;
}

/** Moves the positions of `node` and its descendants down by `lines` lines and `offset` characters. */
function shiftPositions(node: Nodes, lines: number, offset: number): void {
  const shift = (point: Point): Point => ({ line: point.line + lines, column: point.column, offset: (point.offset ?? 0) + offset });
  if (node.position) node.position = { start: shift(node.position.start), end: shift(node.position.end) };
  if ("children" in node) for (const child of node.children) shiftPositions(child, lines, offset);
}

/** One-line (ATX) heading, as opposed to an underlined (setext) one, which spans two lines or more. */
function isAtx(node: MdastHeading): boolean {
  return node.position!.start.line === node.position!.end.line;
}

function span(node: Nodes): { start: number; end: number } {
  const position = node.position;
  if (position?.start.offset === undefined || position.end.offset === undefined) {
    throw new Error(`remark returned a ${node.type} node without offsets`);
  }
  return { start: position.start.offset, end: position.end.offset };
}

/**
 * Whether the last block of a file (given as its source) is never closed, so that anything after
 * it would still be part of it: a code fence, or an HTML block that ends only at its closing
 * marker (`<!--` without `-->`, `<script>`, `<pre>`…). The blank line lets other HTML blocks end.
 */
function swallowsWhatFollows(source: string): boolean {
  return fullProcessor.parse(`${source}\n\n# end`).children.length === 1;
}

// ---------------------------------------------------------------------------------------------
// Outline

export interface Heading {
  depth: number;
  /** Heading content as Markdown source, trimmed, without `#` markers or a closing sequence. */
  text: string;
  /** 1-based file lines of the heading's first and last line (they differ for setext headings). */
  line: number;
  endLine: number;
  /** Offsets into the parsed text: first character of the heading, and just after it. */
  start: number;
  end: number;
  /** An underlined (setext) heading, which the format does not allow. */
  setext: boolean;
  /** The heading's place in `Outline.blocks`. */
  index: number;
}

export interface ListItemBlock {
  text: string;
  line: number;
  /** GFM task checkbox state; null when the item has none. */
  checked: boolean | null;
}

export type SectionBlock = { kind: "list"; ordered: boolean; start: number | null; line: number; items: ListItemBlock[] } | { kind: "other"; description: string; line: number };

export interface Outline {
  /** Top-level headings of depth 1 to 3, in order; deeper ones are ordinary section content. */
  headings: Heading[];
  /** Every top-level block, headings included, in order. */
  blocks: SectionBlock[];
  /** File lines of code fences that are never closed. */
  unclosedFenceLines: number[];
  /** File lines of HTML blocks that are never closed (`<!--` without `-->`). */
  unclosedHtmlLines: number[];
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

/** The top-level structure of `text`, whose first line is line `firstLine` of the file. */
export function outlineMarkdown(text: string, firstLine: number): Outline {
  const nodes = parseMarkdown(text).children;
  const lineShift = firstLine - 1;
  const outline: Outline = { headings: [], blocks: [], unclosedFenceLines: [], unclosedHtmlLines: [] };
  nodes.forEach((node, index) => {
    const line = node.position!.start.line + lineShift;
    if (node.type === "heading" && node.depth <= 3) {
      outline.headings.push({
        depth: node.depth,
        text: childrenSource(text, node.children).trim(),
        line,
        endLine: node.position!.end.line + lineShift,
        ...span(node),
        setext: !isAtx(node),
        index,
      });
    }
    outline.blocks.push(
      node.type === "list"
        ? { kind: "list", ordered: node.ordered === true, start: node.ordered ? (node.start ?? 1) : null, line, items: listItems(text, node, lineShift) }
        : { kind: "other", description: BLOCK_DESCRIPTIONS[node.type] ?? node.type, line },
    );
  });
  // An unclosed fence or HTML block runs to the end of the file, so only the last block can be one.
  const last = nodes[nodes.length - 1];
  if ((last?.type === "code" || last?.type === "html") && swallowsWhatFollows(text.slice(span(last).start, span(last).end))) {
    (last.type === "code" ? outline.unclosedFenceLines : outline.unclosedHtmlLines).push(last.position!.start.line + lineShift);
  }
  return outline;
}

/** Source of a run of sibling nodes: from the first one's start to the last one's end. */
function childrenSource(source: string, children: ReadonlyArray<Nodes>): string {
  const first = children[0];
  const last = children[children.length - 1];
  if (!first || !last) return "";
  return source.slice(span(first).start, span(last).end);
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
