// How list fields (key points, red flags, follow-ups) are typed in the question form.

/** A list field as typed: a Markdown list as it is, or plain lines that each become an item. */
export function asBulletList(text: string): string {
  const trimmed = text.trim();
  if (trimmed === "") return "";
  if (/^([-*+]|\d+[.)])[ \t]/.test(trimmed)) return trimmed;
  return trimmed
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line) => `- ${line.trim()}`)
    .join("\n");
}

/** Markdown list items as the form shows them: "- item", continuation lines indented under it. */
export function listToField(items: readonly string[]): string {
  return items.map((item) => `- ${item.replace(/\n/g, "\n  ")}`).join("\n");
}
