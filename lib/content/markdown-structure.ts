// Markdown structure for the question-set parser: the top-level blocks of a file's body, where its
// `#`/`##`/`###` headings are, and what the blocks of a list section are.
//
// Block structure only, from markdown-it's block parser (CommonMark 0.31 plus GFM tables, with
// HTML blocks on). Inline content is never parsed: the parser keeps Markdown as source slices and
// never looks inside a paragraph. The result is the one remark (micromark + GFM) gave before;
// tests/parser-equivalence.test.ts runs both on content/, the property-test generators and a
// hostile corpus. Where the two read a file differently, markdown-blocks.ts adds micromark's
// reading: GFM footnote definitions, task-list checks (here), and a handful of edges around lazy
// lines, link definitions, indented code and tables. Known differences left (found only by a
// fuzzer of random block lines, not in any generated question set): indented code that starts on
// a line a quote has just left, and a setext underline after link definitions that follow code.
//
// Why: remark parsed 0.3–0.45 MB/s and needed the text cut into pieces to stay linear; the block
// parser alone is about 50 times faster (docs/performance.md has the measurements).
import MarkdownIt from "markdown-it";
import type { Token } from "markdown-it";
import { footnoteDefinition, gfmTable, lazyCompleteHtml, paragraphAfterCodeOrDefinition, recordingParagraphStart, referenceWithLazyParagraph } from "./markdown-blocks";

/**
 * Lists nested deeper than this (or quotes twice as deep) are refused: markdown-it stops at its
 * nesting limit and would silently drop the rest of the file, and nothing real comes close. A
 * list is two of markdown-it's levels (list and item), a quote one.
 */
export const MAX_NESTING = 100;
const MAX_LEVEL = 2 * MAX_NESTING;

const md = new MarkdownIt({ html: true, maxNesting: MAX_LEVEL + 4 });
md.block.ruler.at("table", gfmTable(md), { alt: ["paragraph", "reference"] });
md.block.ruler.at("lheading", recordingParagraphStart(md, "lheading"));
md.block.ruler.at("paragraph", recordingParagraphStart(md, "paragraph"));
md.block.ruler.at("reference", referenceWithLazyParagraph(md));
md.block.ruler.before("reference", "footnote_definition", footnoteDefinition, { alt: ["paragraph", "reference", "blockquote"] });
md.block.ruler.before("table", "lazy_complete_html", lazyCompleteHtml, { alt: ["paragraph", "blockquote"] });
md.block.ruler.before("table", "paragraph_after_code_or_definition", paragraphAfterCodeOrDefinition(md));

/** markdown-it's block tokens for `text` (no inline parsing). */
export function blockTokens(text: string): Token[] {
  const tokens: Token[] = [];
  md.block.parse(text, md, {}, tokens);
  return tokens;
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
  /** Offsets into the parsed text: first character of the heading, and the end of its last line. */
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

export type SectionBlock =
  | { kind: "list"; ordered: boolean; start: number | null; line: number; items: ListItemBlock[] }
  | { kind: "other"; description: string; line: number };

export interface Outline {
  /** Top-level headings of depth 1 to 3, in order; deeper ones are ordinary section content. */
  headings: Heading[];
  /** Every top-level block, headings included, in order. */
  blocks: SectionBlock[];
  /** File lines of code fences that are never closed. */
  unclosedFenceLines: number[];
  /** File lines of HTML blocks that are never closed (`<!--` without `-->`). */
  unclosedHtmlLines: number[];
  /** File line where lists or quotes nest deeper than MAX_NESTING, or null. */
  tooDeepLine: number | null;
}

const BLOCK_DESCRIPTIONS: Record<string, string> = {
  paragraph_open: "a paragraph",
  heading_open: "a heading",
  code_block: "a code block",
  fence: "a code block",
  blockquote_open: "a quote",
  table_open: "a table",
  html_block: "HTML",
  hr: "a horizontal rule",
  reference_definition: "a link definition",
  footnote_open: "a footnote",
};

/** Where each line starts in `text`, and its end (without the line ending). */
class Lines {
  readonly starts: number[] = [0];
  constructor(readonly text: string) {
    for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) this.starts.push(i + 1);
  }
  start(line: number): number {
    return this.starts[line] ?? this.text.length;
  }
  end(line: number): number {
    const next = this.starts[line + 1];
    return next === undefined ? this.text.length : next - 1;
  }
  get(line: number): string {
    return this.text.slice(this.start(line), this.end(line));
  }
}

/** The top-level structure of `text`, whose first line is line `firstLine` of the file. */
export function outlineMarkdown(text: string, firstLine: number): Outline {
  const tokens = blockTokens(text);
  const lines = new Lines(text);
  const shift = firstLine; // token maps are 0-based
  const outline: Outline = { headings: [], blocks: [], unclosedFenceLines: [], unclosedHtmlLines: [], tooDeepLine: null };
  let last: Token | null = null;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.level >= MAX_LEVEL && outline.tooDeepLine === null) outline.tooDeepLine = token.map ? token.map[0] + shift : firstLine;
    if (token.level !== 0 || token.nesting === -1) continue;
    const previous = last;
    last = token;
    const [startLine, endLine] = token.map!;
    let line = startLine + shift;
    if (token.type === "heading_open" && Number(token.tag.slice(1)) <= 3) {
      const setext = token.markup === "=" || token.markup === "-";
      // micromark starts an underlined heading at the link definitions right above it.
      const first = setext ? definitionsAbove(tokens, i, startLine) : startLine;
      line = first + shift;
      outline.headings.push({
        depth: Number(token.tag.slice(1)),
        text: tokens[i + 1]!.content.trim(),
        line,
        endLine: endLine - 1 + shift,
        start: lines.start(first) + indentOf(lines.get(first)),
        end: lines.end(endLine - 1),
        setext,
        index: outline.blocks.length,
      });
    }
    if (token.type === "bullet_list_open" || token.type === "ordered_list_open") {
      const ordered = token.type === "ordered_list_open";
      const start = ordered ? Number(token.attrGet("start") ?? 1) : null;
      const items = listItems(tokens, i, lines, shift);
      const before = outline.blocks.at(-1);
      if (before?.kind === "list" && previous !== null && continuesAfterEmptyItem(previous, i, tokens, lines)) before.items.push(...items);
      else outline.blocks.push({ kind: "list", ordered, start, line, items });
    } else {
      outline.blocks.push({ kind: "other", description: BLOCK_DESCRIPTIONS[token.type] ?? token.type, line });
    }
  }
  // An unclosed fence or HTML block runs to the end of the text, so only the last block can be one.
  if (last && (last.type === "fence" || last.type === "html_block") && swallowsWhatFollows(lines, last.map!)) {
    (last.type === "fence" ? outline.unclosedFenceLines : outline.unclosedHtmlLines).push(last.map![0] + shift);
  }
  if (outline.tooDeepLine !== null) {
    // markdown-it drops everything after the nesting limit; report it rather than the odd structure.
    return { headings: outline.headings, blocks: outline.blocks, unclosedFenceLines: [], unclosedHtmlLines: [], tooDeepLine: outline.tooDeepLine };
  }
  return outline;
}

/**
 * Whether the list opened by `list` goes on the list opened by `previous`: markdown-it ends a
 * list at an empty item followed by two blank lines (it skips only one), where CommonMark and
 * micromark let the list go on after any number of blank lines.
 */
function continuesAfterEmptyItem(previous: Token, open: number, tokens: Token[], lines: Lines): boolean {
  const list = tokens[open]!;
  if (previous.type !== list.type || previous.markup !== list.markup) return false;
  // The previous list ends right before this one, and its last item is empty: open, then close.
  if (tokens[open - 2]?.type !== "list_item_close" || tokens[open - 3]?.type !== "list_item_open") return false;
  for (let line = previous.map![1]; line < list.map![0]; line++) if (lines.get(line).trim() !== "") return false;
  return true;
}

/** The first line of the run of link definitions that ends at `line` just before `tokens[index]`. */
function definitionsAbove(tokens: Token[], index: number, line: number): number {
  let first = line;
  for (let i = index - 1; i >= 0 && tokens[i]!.type === "reference_definition" && tokens[i]!.map![1] === first; i--) first = tokens[i]!.map![0];
  return first;
}

/**
 * Whether the block on lines `map` is never closed, so that anything after it would still be part
 * of it: a code fence, or an HTML block that ends only at its closing marker (`<!--` without
 * `-->`, `<script>`, `<pre>`…). The blank line lets other HTML blocks end.
 */
function swallowsWhatFollows(lines: Lines, map: [number, number]): boolean {
  const source = lines.text.slice(lines.start(map[0]), lines.end(map[1] - 1));
  return blockTokens(`${source}\n\n# end`).filter((token) => token.level === 0 && token.nesting !== -1).length === 1;
}

function indentOf(line: string): number {
  return line.length - line.trimStart().length;
}

const LIST_MARKER = /^[ \t]*(?:[-+*]|\d{1,9}[.)])/;

/** The items of the list opened at `tokens[open]`. */
function listItems(tokens: Token[], open: number, lines: Lines, shift: number): ListItemBlock[] {
  const items: ListItemBlock[] = [];
  for (let i = open + 1; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.level === 0) break; // the list's closing token
    if (token.type !== "list_item_open" || token.level !== 1) continue;
    const first = tokens[i + 1]!;
    const [itemStart, itemEnd] = token.map!;
    const line = itemStart + shift;
    if (first.type === "list_item_close") {
      items.push({ text: "", line, checked: null });
      continue;
    }
    const firstLine = first.map![0];
    const contentIndent = firstChildColumn(lines.get(firstLine), firstLine === itemStart, first.type === "code_block");
    let lastLine = itemEnd - 1;
    while (lastLine > firstLine && lines.get(lastLine).trim() === "") lastLine--;
    const source = lines.text.slice(lines.start(firstLine) + contentIndent, lines.end(lastLine));
    const [head = "", ...rest] = source.split("\n");
    const dedented = rest.map((text) => text.slice(Math.min(contentIndent, indentOf(text))));
    items.push({ text: [head, ...dedented].join("\n").trim(), line, checked: taskCheck(tokens, i + 1) });
  }
  return items;
}

/**
 * The 0-based column (in characters) where an item's first block starts: its first non-blank
 * character, after the list marker on the marker line; for indented code on the marker line,
 * one space after the marker (the code's own indentation belongs to it).
 */
function firstChildColumn(line: string, onMarkerLine: boolean, indentedCode: boolean): number {
  const marker = onMarkerLine ? (LIST_MARKER.exec(line)?.[0].length ?? 0) : 0;
  if (indentedCode && onMarkerLine) return marker + 1;
  const rest = line.slice(marker);
  return marker + indentOf(rest);
}

/**
 * GFM task-list check (`[ ]`, `[x]`) at the start of an item's first paragraph, by
 * micromark-extension-gfm-task-list-item's rule: `[`, a space, tab, line ending or x/X, `]`, then a
 * line ending, or spaces and tabs followed by more text.
 */
function taskCheck(tokens: Token[], first: number): boolean | null {
  const token = tokens[first]!;
  const paragraphLike = token.type === "paragraph_open" || (token.type === "heading_open" && (token.markup === "=" || token.markup === "-"));
  if (!paragraphLike) return null;
  // A paragraph's continuation lines lose their indentation, as in micromark's text.
  const content = tokens[first + 1]!.content.replace(/\n[ \t]+/g, "\n");
  const match = /^\[([ \t\n]|[xX])\](?:\n|[ \t]+[^ \t])/.exec(content);
  if (!match) return null;
  return match[1] === "x" || match[1] === "X";
}

