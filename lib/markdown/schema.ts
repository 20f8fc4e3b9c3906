import type { z } from "zod";
import { checkMarkdownComplexity, MARKDOWN_LIMITS } from "./limits";

/**
 * For a zod string that will be rendered as Markdown: refuses text past the rendering limits with
 * a message naming the field, what is wrong and the limit ("Details: lists and block quotes nested
 * 4,994 levels deep (line 1); at most 16."), so it is never stored only to show as plain text.
 * The length is the field's own max() (at most MARKDOWN_LIMITS.characters), which says it once.
 */
export function renderableMarkdown(field: string) {
  return (value: string, context: z.RefinementCtx) => {
    const problem = checkMarkdownComplexity(value, { ...MARKDOWN_LIMITS, characters: Infinity });
    if (problem) context.addIssue({ code: "custom", message: `${field}: ${problem.message}.` });
  };
}
