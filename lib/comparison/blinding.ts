// Blind mode's key. The letters (blind-letters.ts) are an HMAC under a key nobody outside the server
// can compute: HMAC-SHA256(NEXTAUTH_SECRET, "interview-bank/blind-letters/v1") (blindingKey), so the
// session secret itself never signs anything but sessions, and rotating that secret reshuffles every
// comparison's letters (shared links then show new letters, as they would for a new comparison).
import "server-only";
import { authSecret } from "@/lib/env";
import { blindingKey, blindLetters } from "./blind-letters";

let key: string | undefined;

/** Letter per candidate for the comparison of `candidateIds` (the set, in any order, as the URL names it). */
export function comparisonLetters(candidateIds: readonly string[]): Map<string, string> {
  key ??= blindingKey(authSecret);
  return blindLetters(candidateIds, key);
}
