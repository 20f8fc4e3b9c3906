/** A plan's time budget: the sum of its questions' minutes, a question without minutes counting 0. */
export function timeBudget(questions: { minutes: number | null }[]) {
  return questions.reduce((sum, question) => sum + (question.minutes ?? 0), 0);
}

/** "3 questions · time budget 25 min", as the plan list and the plan page show it. */
export function describeBudget(questions: { minutes: number | null }[]) {
  const count = questions.length === 1 ? "1 question" : `${questions.length} questions`;
  return `${count} · time budget ${timeBudget(questions)} min`;
}
