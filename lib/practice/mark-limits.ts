/** The longest personal note on a question (apart from the zod schemas so the run page ships without zod). */
export const MAX_NOTE = 5_000;
