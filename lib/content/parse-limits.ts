// The rendering limits (lib/markdown/limits.ts) applied while parsing: a field the bank could not
// show formatted is refused at import, with the file line where the limit is passed, rather than
// stored and shown as plain text.
import { checkMarkdownComplexity, describeMarkdownProblem } from "@/lib/markdown/limits";
import type { Report } from "./parse-text";

/**
 * Whether `text` (a field that starts on file line `firstLine`) is within the limits; when not,
 * reports where. `field` names it in the message, e.g. `the Answer of question "…"`.
 */
export function checkMarkdownLimits(text: string, firstLine: number, field: string, report: Report): boolean {
  const problem = checkMarkdownComplexity(text);
  if (problem === null) return true;
  const line = firstLine + problem.line - 1;
  report(line, `${field} is too complex to show formatted: ${describeMarkdownProblem(problem.rule, problem.found, problem.limit, line)}`);
  return false;
}
