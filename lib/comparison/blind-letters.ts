// Blind mode's letters. Handing out A, B, C in alphabetical (or picking) order lets anyone who knows
// who is being compared read the names back. Instead each candidate's letter comes from a keyed hash,
// HMAC-SHA256(key, [the comparison's candidate set, the candidate]): the letters are ordered by a
// value nobody without the server's key can compute, yet the same set always gets the same letters,
// so a shared link stays stable. A different set is a different comparison and is shuffled afresh
// (otherwise adding a known candidate to a comparison would reveal where the others sit).
import { createHmac } from "node:crypto";

/** The key must come from a server secret; shorter than this and it could be guessed. */
export const MIN_KEY_LENGTH = 16;

/** A key for blind letters from the app's secret, kept apart from every other use of that secret. */
export function blindingKey(secret: string): string {
  if (secret.length < MIN_KEY_LENGTH) throw new RangeError(`blindingKey: the secret must be at least ${MIN_KEY_LENGTH} characters`);
  return createHmac("sha256", secret).update("interview-bank/blind-letters/v1").digest("hex");
}

/** Letter per candidate id: "A", "B", … "Z", then "AA", "AB", … Duplicate ids share a letter; input order does not matter. */
export function blindLetters(candidateIds: readonly string[], key: string): Map<string, string> {
  if (key.length < MIN_KEY_LENGTH) throw new RangeError(`blindLetters: the key must be at least ${MIN_KEY_LENGTH} characters`);
  const set = [...new Set(candidateIds)].sort();
  const canonical = JSON.stringify(set);
  const digest = (id: string) =>
    createHmac("sha256", key)
      .update(JSON.stringify([canonical, id]))
      .digest("hex");
  const order = set.map((id) => ({ id, digest: digest(id) })).sort((a, b) => (a.digest < b.digest ? -1 : a.digest > b.digest ? 1 : 0));
  return new Map(order.map(({ id }, index) => [id, letter(index)]));
}

/** 0 → "A", 25 → "Z", 26 → "AA" (bijective base 26, as spreadsheet columns). */
export function letter(index: number): string {
  if (!Number.isInteger(index) || index < 0) throw new RangeError(`letter: not a non-negative integer: ${index}`);
  let n = index + 1;
  let out = "";
  while (n > 0) {
    const remainder = (n - 1) % 26;
    out = String.fromCharCode(65 + remainder) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}
