import { z } from "zod";

/**
 * Text as people type or paste it, kept verbatim except for what PostgreSQL text cannot hold:
 * U+0000 is dropped and a lone surrogate (half an emoji) becomes U+FFFD, so neither can turn a
 * save or a search into a server error.
 */
export function textInput() {
  return z.string().overwrite((value) => value.replaceAll("\u0000", "").toWellFormed());
}

/** Every length limit says what it is. */
export function atMost(max: number) {
  return { message: `Use at most ${max.toLocaleString("en")} characters.` };
}
