// Number formats shared by the plain-words sentences, so every page and report writes them alike.

/** A coefficient as statisticians print it: ".78", "−.06", "1.00"; −∞ as "no lower limit". */
export function coefficient(value: number): string {
  if (value === Number.NEGATIVE_INFINITY) return "no lower limit";
  const fixed = Math.abs(value).toFixed(2);
  const body = fixed.startsWith("0.") ? fixed.slice(1) : fixed;
  return (value < 0 && fixed !== "0.00" ? "−" : "") + body;
}

/** A rating or composite on the 1–4 scale: two decimals. */
export function score(value: number): string {
  return (value < 0 ? "−" : "") + Math.abs(value).toFixed(2);
}

/** A difference of ratings, one decimal unless that rounds to 0. */
export function points(value: number): string {
  const magnitude = Math.abs(value);
  const text = magnitude >= 0.05 ? magnitude.toFixed(1) : magnitude.toFixed(2);
  return `${text} point${text === "1.0" ? "" : "s"}`;
}

export function percent(share: number): string {
  return `${Math.round(share * 100)}%`;
}

/** "1 interview", "2 interviews". */
export function count(n: number, noun: string, plural = `${noun}s`): string {
  return `${n} ${n === 1 ? noun : plural}`;
}

/** An interval of coefficients in words: "between .31 and .84". */
export function between(interval: { lower: number; upper: number }): string {
  return `between ${coefficient(interval.lower)} and ${coefficient(interval.upper)}`;
}

const SMALL = ["no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"];

/** Small counts in words ("the two interviewers"), larger ones in digits. */
export function spelled(n: number): string {
  return SMALL[n] ?? String(n);
}
