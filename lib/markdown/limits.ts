// How complex a Markdown text may be and still be rendered. remark's parser (micromark) is
// superlinear on some shapes: nested containers (a custom question of "- ".repeat(4994) took 36 s
// and then overflowed the stack), block quotes, stacked list markers and setext underlines (each
// re-copies the document's token list), and closing brackets and emphasis marks within one
// paragraph (each walks back over the paragraph); and its cost per line is high. One linear pass
// over the text, with no parse, counts exactly those, so the renderer can refuse before parsing
// and every form can refuse at save time (the bank's parser can call it too).
// The limits leave the bank far behind (its longest field is 1,337 characters, its deepest nesting
// 1, its busiest paragraph 29 emphasis marks) and keep the worst text within them within a few
// times an ordinary text of the same size: lib/markdown/hostile-markdown.ts holds those worst cases.
// Pure, for the browser too (the editor's preview).

export const MARKDOWN_LIMITS = {
  /** Characters in one field: as the custom question's details always were; the bank's longest field is 1,337. */
  characters: 10_000,
  /** Lines in one field: micromark's cost per line (a list item, a table row) is high, though linear. */
  lines: 500,
  /** Lists and block quotes inside one another. */
  nesting: 16,
  /** Block quotes started in one field (each one, when it ends, re-copies the document's tokens). */
  quotes: 50,
  /** Lists started on a line that already starts one ("- - x"), in the whole field. */
  stacked: 100,
  /** Lines of only "=" or "-" straight under text (setext headings). */
  underlines: 30,
  /** Closing brackets "]" in one paragraph (blank lines separate paragraphs). */
  brackets: 150,
  /** Emphasis marks "*", "_" and "~" in one paragraph. */
  emphasis: 300,
};

export type MarkdownRule = keyof typeof MARKDOWN_LIMITS;
export type MarkdownLimits = Record<MarkdownRule, number>;

export interface MarkdownProblem {
  rule: MarkdownRule;
  /** 1-based line of the text where the limit was first passed. */
  line: number;
  /** How many (or how deep, or how long) the text has: the whole text's count, or the worst paragraph's. */
  found: number;
  limit: number;
  /** What is wrong and the limit, for "<field>: …": "lists and block quotes nested 4,994 levels deep (line 1); at most 16". */
  message: string;
}

const n = (value: number) => value.toLocaleString("en");

/** The problem in words, naming `line` as where it is (the bank's parser gives the file's line). */
export function describeMarkdownProblem(rule: MarkdownRule, found: number, limit: number, line: number) {
  switch (rule) {
    case "characters":
      return `${n(found)} characters; at most ${n(limit)} can be shown formatted`;
    case "lines":
      return `${n(found)} lines; at most ${n(limit)} can be shown formatted`;
    case "nesting":
      return `lists and block quotes nested ${n(found)} levels deep (line ${n(line)}); at most ${n(limit)}`;
    case "quotes":
      return `${n(found)} separate block quotes (line ${n(line)} starts one too many); at most ${n(limit)}`;
    case "stacked":
      return `${n(found)} lists started on lines that already start one, as in "- - x" (line ${n(line)} is one too many); at most ${n(limit)}`;
    case "underlines":
      return `${n(found)} lines of only "=" or "-" under text (line ${n(line)} is one too many); at most ${n(limit)}`;
    case "brackets":
      return `${n(found)} closing brackets "]" in one paragraph (from line ${n(line)}); at most ${n(limit)} per paragraph, so separate paragraphs with a blank line`;
    case "emphasis":
      return `${n(found)} emphasis marks (* _ ~) in one paragraph (from line ${n(line)}); at most ${n(limit)} per paragraph, so separate paragraphs with a blank line`;
  }
}

const SPACE = 0x20;
const TAB = 0x09;
const isBlankChar = (code: number) => code === SPACE || code === TAB;

/**
 * The first limit the text passes, or null when it may be rendered. Linear in the text's length
 * and allocation-free per character; it counts a little generously (it never parses), so it may
 * refuse a text micromark would find slightly simpler, never one it would find harder.
 */
export function checkMarkdownComplexity(text: string, limits: MarkdownLimits = MARKDOWN_LIMITS): MarkdownProblem | null {
  const problem = (rule: MarkdownRule, found: number, line: number): MarkdownProblem => ({
    rule,
    line,
    found,
    limit: limits[rule],
    message: describeMarkdownProblem(rule, found, limits[rule], line),
  });
  if (text.length > limits.characters) return problem("characters", text.length, 1);

  let first: MarkdownProblem | null = null;
  const note = (rule: MarkdownRule, found: number, line: number) => {
    if (!first) first = problem(rule, found, line);
  };
  let quotes = 0;
  let quotesPassedAt = 0;
  let underlines = 0;
  let underlinesPassedAt = 0;
  let previousQuotes = 0;
  let stacked = 0;
  let stackedPassedAt = 0;
  let previousBlank = true;
  let paragraphLine = 1;
  let brackets = 0;
  let emphasis = 0;
  let line = 0;
  let start = 0;

  while (start <= text.length) {
    line += 1;
    let end = start;
    while (end < text.length && text.charCodeAt(end) !== 0x0a && text.charCodeAt(end) !== 0x0d) end += 1;
    const shape = lineShape(text, start, end);

    // Containers count on every line, even an empty quote line ("> >" opens two quotes).
    if (shape.nesting > limits.nesting) note("nesting", shape.nesting, line);
    quotes += Math.max(0, shape.leadingQuotes - previousQuotes) + shape.innerQuotes;
    if (quotes > limits.quotes && !quotesPassedAt) quotesPassedAt = line;
    stacked += shape.stackedLists;
    if (stacked > limits.stacked && !stackedPassedAt) stackedPassedAt = line;
    previousQuotes = shape.leadingQuotes;

    if (shape.blank) {
      brackets = 0;
      emphasis = 0;
      paragraphLine = line + 1;
    } else {
      if (shape.underline && !previousBlank) {
        underlines += 1;
        if (underlines > limits.underlines && !underlinesPassedAt) underlinesPassedAt = line;
      }
      brackets += shape.brackets;
      emphasis += shape.emphasis;
      if (brackets > limits.brackets) note("brackets", brackets, paragraphLine);
      if (emphasis > limits.emphasis) note("emphasis", emphasis, paragraphLine);
    }
    previousBlank = shape.blank;

    // "\r\n" is one line ending, as in micromark.
    start = end + (text.charCodeAt(end) === 0x0d && text.charCodeAt(end + 1) === 0x0a ? 2 : 1);
    if (end === text.length) break;
  }
  if (line > limits.lines) note("lines", line, limits.lines + 1);
  if (quotesPassedAt) note("quotes", quotes, quotesPassedAt);
  if (stackedPassedAt) note("stacked", stacked, stackedPassedAt);
  if (underlinesPassedAt) note("underlines", underlines, underlinesPassedAt);
  return first;
}

interface LineShape {
  /** Only spaces, tabs and ">": ends a paragraph. */
  blank: boolean;
  /** ">" before any list marker: these may continue the previous line's quotes. */
  leadingQuotes: number;
  /** ">" after a list marker: a new list item's quotes are always new. */
  innerQuotes: number;
  /** List markers after the first on the line ("- - x"): each starts a list inside the item before it. */
  stackedLists: number;
  /** Containers this line opens or continues, as micromark could nest them (an upper bound). */
  nesting: number;
  /** The line is only "=" or only "-" after its quote prefix: a setext underline under text. */
  underline: boolean;
  brackets: number;
  emphasis: number;
}

function lineShape(text: string, start: number, end: number): LineShape {
  // The container prefix: quote markers, list markers and the indentation between them. Each
  // nested list level needs at least two more columns of indentation than its parent, so half the
  // extra columns bound the levels that indentation can open; a tab counts as four.
  let i = start;
  let lists = 0;
  let leadingQuotes = 0;
  let innerQuotes = 0;
  let columns = 0;
  let afterQuotes = -1;
  for (;;) {
    const code = text.charCodeAt(i);
    if (i < end && isBlankChar(code)) {
      columns += code === TAB ? 4 : 1;
      i += 1;
    } else if (i < end && code === 0x3e /* > */) {
      if (lists === 0) leadingQuotes += 1;
      else innerQuotes += 1;
      i += 1;
      if (isBlankChar(text.charCodeAt(i)) && i < end) i += 1;
    } else {
      if (afterQuotes < 0) afterQuotes = i;
      const width = listMarkerWidth(text, i, end);
      if (width === 0) break;
      lists += 1;
      i += width;
      if (i < end) i += 1; // the one space after the marker is part of it
    }
  }
  if (afterQuotes < 0) afterQuotes = i;

  let k = start;
  while (k < end && (isBlankChar(text.charCodeAt(k)) || text.charCodeAt(k) === 0x3e)) k += 1;
  const blank = k === end;
  const thematicBreak = isThematicBreak(text, afterQuotes, end);

  // A rule ("* * *") has no inline text, so its marks are not emphasis.
  let brackets = 0;
  let emphasis = 0;
  for (let j = thematicBreak ? end : start; j < end; j++) {
    const code = text.charCodeAt(j);
    if (code === 0x5d /* ] */) brackets += 1;
    else if (code === 0x2a /* * */ || code === 0x5f /* _ */ || code === 0x7e /* ~ */) emphasis += 1;
  }
  const markers = thematicBreak ? leadingQuotes : lists + leadingQuotes + innerQuotes;
  return {
    blank,
    leadingQuotes,
    innerQuotes,
    stackedLists: thematicBreak ? 0 : Math.max(0, lists - 1),
    nesting: markers === 0 ? 0 : markers + Math.floor(columns / 2),
    underline: !blank && isUnderline(text, afterQuotes, end),
    brackets,
    emphasis,
  };
}

/** Width of a list marker ("-", "*", "+", "1." … "123456789)") at i when a space, tab or the line end follows, else 0. */
function listMarkerWidth(text: string, i: number, end: number) {
  if (i >= end) return 0;
  const code = text.charCodeAt(i);
  let j = i;
  if (code === 0x2d || code === 0x2a || code === 0x2b) j = i + 1;
  else {
    while (j < end && j - i < 9 && text.charCodeAt(j) >= 0x30 && text.charCodeAt(j) <= 0x39) j += 1;
    if (j === i || j >= end) return 0;
    const delimiter = text.charCodeAt(j);
    if (delimiter !== 0x2e && delimiter !== 0x29) return 0;
    j += 1;
  }
  return j === end || isBlankChar(text.charCodeAt(j)) ? j - i : 0;
}

/** "=" or "-" repeated, then only spaces or tabs (up to three spaces before). */
function isUnderline(text: string, i: number, end: number) {
  let j = i;
  while (j < end && j - i < 3 && text.charCodeAt(j) === SPACE) j += 1;
  const mark = text.charCodeAt(j);
  if (mark !== 0x3d && mark !== 0x2d) return false;
  while (j < end && text.charCodeAt(j) === mark) j += 1;
  while (j < end && isBlankChar(text.charCodeAt(j))) j += 1;
  return j === end;
}

/** Three or more of one of "-", "*", "_", with only spaces or tabs between: a rule, not a list. */
function isThematicBreak(text: string, i: number, end: number) {
  let mark = 0;
  let count = 0;
  for (let j = i; j < end; j++) {
    const code = text.charCodeAt(j);
    if (isBlankChar(code)) continue;
    if (mark === 0 && (code === 0x2d || code === 0x2a || code === 0x5f)) mark = code;
    if (code !== mark) return false;
    count += 1;
  }
  return count >= 3;
}
