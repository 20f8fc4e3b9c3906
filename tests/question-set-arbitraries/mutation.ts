// Random and mutated input: lines that mean something in Markdown or in the format, and edits
// (delete, duplicate, swap, insert) applied to a valid file.
import fc from "fast-check";

// Lines that mean something in Markdown or in the format, to make random input interesting.
const TRICKY_LINES = [
  "## A question?",
  "##",
  "# Title",
  "### Answer",
  "### Key points",
  "### Keypoints",
  "### Scoring",
  "#### Sub",
  "  ## indented",
  "---",
  "===",
  "***",
  "- - -",
  "```",
  "````js",
  "~~~",
  "  ```",
  "    ```",
  "\t```",
  "- ```",
  "1. ~~~",
  "> ```",
  "  - ```",
  "<!--",
  "-->",
  "<div>",
  "</div>",
  "  <span>",
  "<pre>",
  "</pre>",
  "> quote",
  ">",
  "[a]: /url",
  "[^1]: note",
  "    ## code",
  "- item",
  "-",
  "* other",
  "1. one",
  "5) five",
  "- [ ] task",
  "  - nested",
  "| a | b |",
  "| - | - |",
  "difficulty: easy",
  "dificulty: easy",
  "id: Bad Id",
  "minutes: 500",
  "title: x",
  "",
  "   ",
];
export const junkLine = fc.oneof(fc.constantFrom(...TRICKY_LINES), fc.string({ maxLength: 20 }), fc.string({ unit: "binary", maxLength: 10 }));

type Mutation = { kind: "delete"; at: number } | { kind: "duplicate"; at: number } | { kind: "swap"; at: number; with: number } | { kind: "insert"; at: number; line: string };

export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant("delete" as const), at: fc.nat() }),
  fc.record({ kind: fc.constant("duplicate" as const), at: fc.nat() }),
  fc.record({ kind: fc.constant("swap" as const), at: fc.nat(), with: fc.nat() }),
  fc.record({ kind: fc.constant("insert" as const), at: fc.nat(), line: junkLine }),
);

export function mutate(source: string, mutations: Mutation[]): string {
  const lines = source.split("\n");
  for (const m of mutations) {
    const at = m.at % (lines.length + 1);
    if (m.kind === "insert") lines.splice(at, 0, m.line);
    else if (lines.length === 0) continue;
    else if (m.kind === "delete") lines.splice(at % lines.length, 1);
    else if (m.kind === "duplicate") lines.splice(at % lines.length, 0, lines[at % lines.length]!);
    else {
      const [i, j] = [at % lines.length, m.with % lines.length];
      [lines[i], lines[j]] = [lines[j]!, lines[i]!];
    }
  }
  return lines.join("\n");
}
