/**
 * Splits n candidates into consecutive groups of at most `size`, as even as possible (5 by 4 →
 * 3 + 2, not 4 + 1). Each group is its own table with the row headers repeated, so every
 * candidate's column fits the screen at 1280 px and an A4 landscape page, up to the 20 allowed.
 */
export function candidateChunks(n: number, size: number): { start: number; end: number }[] {
  if (n <= 0) return [];
  const count = Math.ceil(n / size);
  const base = Math.floor(n / count);
  const extra = n % count;
  const chunks: { start: number; end: number }[] = [];
  let start = 0;
  for (let i = 0; i < count; i++) {
    const end = start + base + (i < extra ? 1 : 0);
    chunks.push({ start, end });
    start = end;
  }
  return chunks;
}

/** "candidates 5–8 of 20" for a group's caption, or "" when one table holds them all. */
export function chunkLabel({ start, end }: { start: number; end: number }, n: number) {
  return end - start === n ? "" : `, candidates ${start + 1}–${end} of ${n}`;
}

/** The first column stays in view while a table wider than a phone scrolls sideways. */
export const stickyRowHeader = "sticky left-0 z-[1] bg-surface";
