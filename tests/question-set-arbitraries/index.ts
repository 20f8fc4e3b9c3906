// fast-check generators of question-set files and of the sets they parse to, shared by the
// parser's and the exporter's property tests.
//
// The bank format's v2 parts (reviewed, practice-twin, "Listen for:" lines, a set's introduction)
// are drawn too; `legacySetModel` and `legacyParsedSet` leave out the keys and the introduction,
// which the parser of before them refused, for the comparison with it (tests/parser-equivalence
// .test.ts). "Listen for:" lines stay: to that parser they were text of the follow-up item.
//
// One file a kind of input: building-blocks.ts (words, phrases, code), set-model.ts (modelled sets
// rendered with the ParsedSet they parse to), parsed-set.ts (awkward ParsedSets), layout.ts (odd
// layouts of a file), mutation.ts (random lines and edits).
export { FILE, reviewedMonth } from "./building-blocks";
export { legacySetModel, render, setModel } from "./set-model";
export { legacyParsedSet, parsedSet } from "./parsed-set";
export { layout, oddLayout } from "./layout";
export { junkLine, mutate, mutation } from "./mutation";
