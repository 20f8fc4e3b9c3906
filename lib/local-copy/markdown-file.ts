// What the browser keeps of unsaved work, as a file a person can keep: Markdown, readable as it
// is and in any editor. Typed text goes inside fenced blocks, so notes that contain Markdown,
// HTML or backticks come out exactly as written and are never rendered.

/** `text` in a fenced block whose fence is longer than any run of backticks inside it. */
export function fenced(text: string) {
  const longest = Math.max(2, ...[...text.matchAll(/`+/g)].map((match) => match[0].length));
  const fence = "`".repeat(longest + 1);
  return `${fence}text\n${text}\n${fence}`;
}

/** A heading line: one line, whatever the title holds. */
export function heading(level: number, title: string) {
  return `${"#".repeat(level)} ${title.replace(/[\r\n]+/g, " ").trim()}`;
}

/** A file name from a title: letters, digits and dashes, never empty. */
export function fileName(title: string, suffix: string) {
  const slug = title
    .normalize("NFKD")
    .replace(/[^\p{L}\p{N}]+/gu, "-")
    .replace(/^-+|-+$/g, "")
    .toLowerCase()
    .slice(0, 60);
  return `${slug || "interview-bank"}-${suffix}.md`;
}
