// Question-set files built to be hard on a Markdown or YAML parser: deep nesting, long runs of
// emphasis and brackets, very long lines, wide tables, many blocks, YAML aliases and odd scalars.
// tests/parser-equivalence.test.ts requires the parser to read them as remark did; the benchmark
// (scripts/bench/hostile-bench.ts) times them at full size with the event-loop delay beside.

export interface HostileFile {
  name: string;
  source: string;
  /** What stresses the parser: "markdown" or "yaml". */
  kind: "markdown" | "yaml";
}

interface Parts {
  frontMatter?: string;
  prompt?: string;
  answer?: string;
  keyPoints?: string;
}

/** A question-set file with one question whose parts are replaced by `parts`. */
export function questionFile(parts: Parts): string {
  return [
    "---",
    parts.frontMatter ?? "title: Hostile\nslug: hostile",
    "---",
    "",
    "## A question?",
    "",
    "id: hostile-q",
    "difficulty: hard",
    "",
    parts.prompt ?? "A prompt.",
    "",
    "### Answer",
    "",
    parts.answer ?? "An answer.",
    "",
    "### Key points",
    "",
    parts.keyPoints ?? "- A point",
    "",
  ].join("\n");
}

/** The 589-byte YAML alias bomb from issue 11: nine levels of nine aliases (9^9 strings). */
export function yamlAliasBomb(): string {
  const levels = ["a: &a [x, x, x, x, x, x, x, x, x]"];
  for (let i = 1; i < 9; i++) {
    const name = String.fromCharCode(97 + i);
    const previous = String.fromCharCode(96 + i);
    levels.push(`${name}: &${name} [${Array.from({ length: 9 }, () => `*${previous}`).join(", ")}]`);
  }
  return `title: Bomb\n${levels.join("\n")}`;
}

/**
 * The corpus at a scale: `n` is the repeat count (nesting depth, run length, item count). The
 * equivalence test uses small n (remark is slow and superlinear on some), the benchmark large n.
 */
export function hostileFiles(n: number): HostileFile[] {
  const md = (name: string, parts: Parts): HostileFile => ({ name, source: questionFile(parts), kind: "markdown" });
  const yaml = (name: string, frontMatter: string): HostileFile => ({ name, source: questionFile({ frontMatter }), kind: "yaml" });
  const words = (count: number) => Array.from({ length: count }, (_, i) => `word${i % 97}`).join(" ");
  return [
    md("nested list markers in an answer", { answer: `${"- ".repeat(n)}x` }),
    md("nested list markers in a key point", { keyPoints: `- ${"- ".repeat(n)}x` }),
    md("nested quotes", { answer: `${">".repeat(n)} x` }),
    md("nested list items, one per line", { answer: Array.from({ length: n }, (_, i) => `${"  ".repeat(i)}- item ${i}`).join("\n") }),
    md("quote and list nesting mixed", { answer: `${"> - ".repeat(n)}x` }),
    md("emphasis run", { answer: "*a".repeat(n * 20) }),
    md("strong and emphasis run", { answer: "**a _b ".repeat(n * 10) }),
    md("underscore run", { answer: "_".repeat(n * 40) }),
    md("unclosed brackets", { answer: `${"[".repeat(n * 10)}a${"](".repeat(n * 10)}` }),
    md("backtick runs", { answer: Array.from({ length: n * 10 }, (_, i) => "`".repeat((i % 7) + 1)).join("a") }),
    md("long line", { answer: words(n * 200) }),
    md("long key point", { keyPoints: `- ${words(n * 200)}` }),
    md("many key points", { keyPoints: Array.from({ length: n * 20 }, (_, i) => `- point ${i}`).join("\n") }),
    md("many paragraphs", { answer: Array.from({ length: n * 20 }, (_, i) => `Paragraph ${i}.`).join("\n\n") }),
    md("wide table", { answer: `${"| a ".repeat(n * 5)}|\n${"| - ".repeat(n * 5)}|\n${"| 1 ".repeat(n * 5)}|` }),
    md("table rows", { answer: `| a | b |\n| - | - |\n${Array.from({ length: n * 10 }, (_, i) => `| ${i} | x |`).join("\n")}` }),
    md("HTML open tags", { answer: "<div>".repeat(n * 10) }),
    md("HTML comment never closed", { answer: "<!-- a note\n\nmore" }),
    md("code fence never closed", { prompt: "```sh\necho", answer: "Swallowed." }),
    md("entities and escapes", { answer: "&amp;&#35;&#x23;\\*\\_\\`".repeat(n * 5) }),
    md("link definitions and footnotes in key points", { keyPoints: "- A point\n\n[a]: /url\n[^1]: note\n    more" }),
    md("task checkboxes", { keyPoints: "- [ ] open\n- [x] done\n- [X]\tdone" }),
    md("setext underline in an answer", { answer: "Heading\n===\n\nText\n---" }),
    md("tabs everywhere", { answer: "\t-\titem\n\t\tmore\n>\tquote", keyPoints: "-\tpoint\n\t-\tsub" }),
    md("blank lines", { answer: `a${"\n".repeat(n * 10)}b` }),
    md("lazy continuation", { keyPoints: Array.from({ length: n }, (_, i) => `- item ${i}\nlazy ${i}`).join("\n") }),
    md("list numbering", { keyPoints: Array.from({ length: n }, (_, i) => `${i + 1}. item`).join("\n") }),
    md("CRLF line endings", { answer: "one\r\ntwo\r\n\r\n- three" }),
    md("Unicode", { answer: "👩🏽‍💻 Zoë \u202E \u2028 \u00a0 ﷽ ".repeat(n) }),
    yaml("benign YAML aliases", "title: &t Reused title\ndescription: *t"),
    yaml("YAML 1.1 booleans", "title: yes\ndescription: on"),
    yaml("YAML 1.2 boolean", "title: true"),
    yaml("YAML date", "title: 2024-01-01"),
    yaml("YAML numbers", "title: 1_000\nslug: 0x1f"),
    yaml("YAML sexagesimal", "title: 1:30"),
    yaml("YAML null", "title: ~\ndescription: null"),
    yaml("YAML merge key", "<<: {title: Merged}\nslug: merged"),
    yaml("YAML duplicate key", "title: One\ntitle: Two"),
    yaml("YAML flow mapping", "{title: Flow, slug: flow}"),
    yaml("YAML block scalar", "title: |\n  Two\n  lines"),
    yaml("YAML sequence", "- title\n- slug"),
    yaml("YAML long value", `title: ${words(n * 50)}`),
  ];
}
