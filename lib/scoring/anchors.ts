// Every rating is anchored. Questions from the bank bring their own four anchors; custom questions
// written inline during building get these general ones.
export const DEFAULT_ANCHORS = [
  "Did not answer, or the answer was wrong.",
  "Partly right, with important gaps or errors.",
  "Solid: covers the key points correctly.",
  "Excellent: complete, precise and goes beyond the key points.",
] as const;

export function anchorsFor(scoring: readonly string[] | undefined) {
  return scoring && scoring.length === 4 ? [...scoring] : [...DEFAULT_ANCHORS];
}
