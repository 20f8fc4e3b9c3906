// Limits shared by the live scoring form and its zod schemas, kept apart so the browser bundle
// gets the numbers without zod.
export const MAX_NOTES = 20_000;
