// What a parsed set says, whoever wrote it down: without line numbers (headings' and metadata keys'), and with each audience where
// it takes effect (a file may leave out "audience: both" or repeat its set's audience on a
// question; the database keeps only the effective audience). Two ways of writing the same set,
// say a file and its export from the database, have the same meaning.
import type { ParsedSet } from "../lib/content/schema";

export function setMeaning(set: ParsedSet) {
  return {
    ...set,
    ownAudience: set.audience,
    questions: set.questions.map(({ line: _line, keyLines: _keyLines, ...question }) => ({
      ...question,
      ownAudience: question.audience === set.audience ? null : question.audience,
    })),
  };
}
