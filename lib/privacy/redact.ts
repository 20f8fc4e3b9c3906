// Taking a person's name and email out of text the app keeps, in place. Erasure (a candidate's)
// and account deletion (a user's) both use it, on interview titles, custom questions and the audit
// log's details, so what is left reads "[erased]" where the name was and nothing else changes.
import type { Prisma } from "@/lib/generated/prisma/client";

export const ERASED = "[erased]";

export interface Needles {
  /** Matched anywhere, ignoring case: the email. */
  whole: string[];
  /** Matched as whole words, ignoring case: the full name, and with `parts` each part of it ("Alex", "Rivera"). */
  words: string[];
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * What identifies a person in text. With `parts`, each part of the name counts on its own ("Alex
 * did well"): for text written about them (their interviews' titles and custom questions), not for
 * the audit log at large, where a first name alone would hit other people's words. Names match as
 * whole words, so "Alex" is found in "Alex's" but "Al" never in "Algorithms"; a one-letter part
 * ("J.") would match everywhere and is left out.
 */
export function personNeedles(person: { name: string | null; email: string | null }, options: { parts?: boolean } = {}): Needles {
  const clean = (text: string | null) => (text ?? "").normalize("NFC").trim();
  const name = clean(person.name);
  const email = clean(person.email);
  const parts = options.parts
    ? name
        .split(/[^\p{L}\p{N}'’-]+/u)
        .map((part) => part.replace(/^['’-]+|['’-]+$/g, ""))
        .filter((part) => [...part].length >= 2)
    : [];
  return { whole: email ? [email] : [], words: [...new Set([name, ...parts].filter((text) => text.length > 0))] };
}

// Scripts written without spaces between words: there a name is matched wherever it occurs.
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;

function asWord(word: string) {
  const chars = [...word];
  const before = UNSPACED.test(chars[0]!) ? "" : "(?<![\\p{L}\\p{N}])";
  const after = UNSPACED.test(chars.at(-1)!) ? "" : "(?![\\p{L}\\p{N}])";
  return `${before}${escape(word)}${after}`;
}

function pattern(needles: Needles): RegExp | null {
  const longestFirst = (items: string[]) => [...items].sort((a, b) => b.length - a.length);
  const alternatives = [...longestFirst(needles.whole).map(escape), ...longestFirst(needles.words).map(asWord)];
  return alternatives.length > 0 ? new RegExp(alternatives.join("|"), "giu") : null;
}

/** The text with every needle replaced by "[erased]"; the same string when none occurs. */
export function redactText(text: string, needles: Needles): string {
  const regex = pattern(needles);
  if (!regex) return text;
  const normalised = text.normalize("NFC");
  const redacted = normalised.replace(regex, ERASED);
  return redacted === normalised ? text : redacted;
}

/** Every string in a JSON value redacted (keys are the app's own words and stay). */
export function redactJson(value: Prisma.JsonValue, needles: Needles): Prisma.JsonValue {
  if (typeof value === "string") return redactText(value, needles);
  if (Array.isArray(value)) return value.map((item) => redactJson(item, needles));
  if (value !== null && typeof value === "object") return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, redactJson(item ?? null, needles)]));
  return value;
}

/** A LIKE pattern for text containing `needle` anywhere. */
export const containsPattern = (needle: string) => `%${needle.replace(/[\\%_]/g, "\\$&")}%`;
