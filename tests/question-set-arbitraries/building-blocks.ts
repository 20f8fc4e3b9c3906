// The pieces every generator of question-set files draws on: words and phrases with inline
// Markdown, fenced code, review months, practice-twin ids, heading cases and the section names.
import fc from "fast-check";

export const FILE = "content/questions/generated-set.md";

const word = fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9'?!.,()é-]{0,9}$/);
const inlineMarkdown = fc.constantFrom("**bold**", "`code`", "[link](https://example.com/a_b)", "_em_", "H~2~O", "a|b");
export const phrase = fc
  .tuple(word, fc.array(fc.oneof({ weight: 4, arbitrary: word }, { weight: 1, arbitrary: inlineMarkdown }), { maxLength: 8 }))
  .map(([first, rest]) => [first, ...rest].join(" "));
export const paragraph = fc.array(phrase, { minLength: 1, maxLength: 3 }).map((ls) => ls.join("\n"));
export const codeBlock = fc.constantFrom("```md\n## Not a question\n### Not a section\n```", "~~~\n# nor a title\n~~~", "```\n```");
/** A month for `reviewed:`, YYYY-MM. */
export const reviewedMonth = fc.tuple(fc.integer({ min: 2000, max: 2099 }), fc.integer({ min: 1, max: 12 })).map(([year, month]) => `${year}-${String(month).padStart(2, "0")}`);
export const twinId = fc.stringMatching(/^[a-z0-9]{1,6}(?:-[a-z0-9]{1,6}){0,2}-practice$/);
export const headingCase = fc.constantFrom(
  (s: string) => s,
  (s: string) => s.toLowerCase(),
  (s: string) => s.toUpperCase(),
);

export const SECTIONS = ["Answer", "Key points", "Red flags", "Follow-ups", "Scoring"] as const;
