// How list fields (key points, red flags, follow-ups) are typed in the question form.

/** "Listen for:" at the start of a line: in plain lines, it belongs to the follow-up above it. */
const LISTEN_FOR_LINE = /^listen for:/i;

/**
 * A list field as typed: a Markdown list as it is, or plain lines that each become an item (a
 * "Listen for:" line stays with the item above it, as the follow-up's second line).
 */
export function asBulletList(text: string): string {
  const trimmed = text.trim();
  if (trimmed === "") return "";
  if (/^([-*+]|\d+[.)])[ \t]/.test(trimmed)) return trimmed;
  return trimmed
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line !== "")
    .map((line, index) => (index > 0 && LISTEN_FOR_LINE.test(line) ? `  ${line}` : `- ${line}`))
    .join("\n");
}

/** Markdown list items as the form shows them: "- item", continuation lines indented under it (blank ones left empty). */
export function listToField(items: readonly string[]): string {
  return items.map((item) => `- ${item.replace(/\n(?!\n|$)/g, "\n  ")}`).join("\n");
}
