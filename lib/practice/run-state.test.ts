import { describe, expect, it } from "vitest";
import { currentQuestion, EMPTY_RUN, gradeRun, removeFromRun, runProgress, undoRun, type RunState } from "./run-state";
import { scheduler } from "./scheduler";
import type { Grade } from "./grades";

const ids = ["a", "b", "c"];
const T = Date.parse("2026-03-02T09:00:00Z");
const draft = { answer: "typed", ticked: [0], revealed: true };
let n = 0;
function grade(state: RunState, grade: Grade, at: number) {
  const questionId = currentQuestion(state, ids, at)!;
  return gradeRun(state, ids, { questionId, grade, reviewId: `r${n++}`, at }, null, draft, scheduler);
}

describe("a run with relearning", () => {
  it("brings a question graded Again back after its step, or at the end when nothing else is left", () => {
    let run = grade(EMPTY_RUN, 1, T); // a: Again, back in 1 minute
    expect(currentQuestion(run, ids, T)).toBe("b");
    run = grade(run, 3, T + 10_000); // b: Good; a's minute is not over: c first
    expect(currentQuestion(run, ids, T + 10_000)).toBe("c");
    run = grade(run, 3, T + 20_000); // c: Good; nothing else left: a, early
    expect(currentQuestion(run, ids, T + 20_000)).toBe("a");
    expect(runProgress(run, ids)).toEqual({ total: 3, seen: 3, finished: 2, relearning: 1 });
    run = grade(run, 3, T + 30_000);
    expect(currentQuestion(run, ids, T + 30_000)).toBeNull();
    expect(run.steps.map((step) => [step.questionId, step.grade])).toEqual([
      ["a", 1],
      ["b", 3],
      ["c", 3],
      ["a", 3],
    ]);
  });

  it("shows a relearning question as soon as its step is over, before new ones", () => {
    let run = grade(EMPTY_RUN, 1, T);
    run = grade(run, 3, T + 61_000); // b graded after a's minute: a is due again, before c
    expect(currentQuestion(run, ids, T + 61_000)).toBe("a");
  });

  it("undoes the last grade once, back to the question with its draft", () => {
    let run = grade(EMPTY_RUN, 3, T);
    run = grade(run, 1, T + 1000);
    const undone = undoRun(run)!;
    expect(undone.step).toMatchObject({ questionId: "b", grade: 1 });
    expect(undone.draft).toEqual(draft);
    expect(currentQuestion(undone.state, ids, T + 2000)).toBe("b");
    expect(undone.state.again).toEqual({});
    expect(undone.state.steps).toHaveLength(1);
    // Exactly once: nothing more to undo.
    expect(undoRun(undone.state)).toBeNull();
  });

  it("leaves a suspended question out, even one waiting to come back", () => {
    let run = grade(EMPTY_RUN, 1, T);
    run = removeFromRun(run, ids, "a", T);
    expect(currentQuestion(run, ids, T)).toBe("b");
    run = grade(grade(run, 3, T), 3, T);
    expect(currentQuestion(run, ids, T)).toBeNull();
    expect(runProgress(run, ids).total).toBe(2);
  });
});
