"use client";

import { startTransition, useActionState, useState, type FormEvent } from "react";
import { FieldError } from "@/components/ui/text-field";
import { buttonPrimary, input } from "@/components/ui/styles";
import type { AutosaveQueue, MergeNotice as Notice } from "@/lib/scoring/autosave-queue";
import { submitScorecardAction } from "@/lib/scoring/actions";
import { computeComposite, RECOMMENDATION_LABELS, RECOMMENDATIONS, recommendationDisagrees } from "@/lib/scoring/composite";
import type { FormState } from "@/lib/form-state";
import { MAX_NOTES } from "@/lib/scoring/limits";
import type { QuestionScore, SummaryDraft } from "@/lib/scoring/schema";
import { MergeNotice } from "./merge-notice";
import type { LiveQuestion } from "./types";

interface Props {
  scorecardId: string;
  questions: LiveQuestion[];
  scores: QuestionScore[];
  draft: SummaryDraft;
  onDraftChange: (draft: SummaryDraft) => void;
  onGoTo: (index: number) => void;
  queue: AutosaveQueue | null;
  mergeNotice?: Notice;
  onDismissNotice: () => void;
}

/** The last step: every rating at a glance, the composite with its working, and the submit form. */
export function SubmitScorecard({ scorecardId, questions, scores, draft, onDraftChange, onGoTo, queue, mergeNotice, onDismissNotice }: Props) {
  const [state, dispatch, submitting] = useActionState<FormState, FormData>(submitScorecardAction.bind(null, scorecardId), {});
  const [flushing, setFlushing] = useState(false);
  const [localError, setLocalError] = useState<string | null>(null);
  const composite = computeComposite(scores.map((score) => score.rating));
  const disagrees = draft.recommendation !== null && recommendationDisagrees(draft.recommendation, composite.value);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formData = new FormData(event.currentTarget);
    setLocalError(null);
    setFlushing(true);
    const allSaved = queue ? await queue.flushNow() : false;
    setFlushing(false);
    if (!allSaved) {
      setLocalError("Not everything is saved yet, so the scorecard cannot be submitted. Nothing is lost: it is kept on this device. Try again when the connection is back.");
      return;
    }
    startTransition(() => dispatch(formData));
  }

  const message = localError ?? (state.ok ? null : state.message);
  return (
    <section aria-labelledby="submit-heading" className="space-y-6">
      <h2 id="submit-heading" tabIndex={-1} className="scroll-mt-32 text-xl font-semibold tracking-tight focus:outline-none">
        Submit your scorecard
      </h2>
      <div className="rounded-lg bg-subtle p-4 text-sm" data-testid="composite">
        <p>
          <span className="font-semibold">Composite score: {composite.value === null ? "–" : composite.value.toFixed(2)}</span>
        </p>
        <p className="mt-1 text-muted">
          The plain mean of the ratings you gave: {composite.explanation}
          {composite.unrated > 0 ? ` ${composite.unrated} unrated ${composite.unrated === 1 ? "question is" : "questions are"} left out.` : ""}
        </p>
      </div>

      <form onSubmit={onSubmit} className="space-y-5" noValidate>
        <fieldset aria-describedby={state.errors?.recommendation ? "recommendation-error" : undefined}>
          <legend className="mb-2 text-sm font-semibold">Recommendation</legend>
          <div className="grid grid-cols-2 gap-2 sm:grid-cols-4">
            {RECOMMENDATIONS.map((value) => (
              <label
                key={value}
                className="flex cursor-pointer items-center justify-center rounded-lg border border-border px-3 py-2 text-sm font-medium hover:bg-subtle has-checked:border-accent has-checked:bg-accent-soft has-focus-visible:outline-2 has-focus-visible:outline-offset-2 has-focus-visible:outline-accent"
              >
                <input
                  type="radio"
                  name="recommendation"
                  value={value}
                  checked={draft.recommendation === value}
                  onChange={() => onDraftChange({ ...draft, recommendation: value })}
                  className="sr-only"
                />
                {RECOMMENDATION_LABELS[value]}
              </label>
            ))}
          </div>
          <FieldError id="recommendation-error" errors={state.errors?.recommendation} />
        </fieldset>
        <div>
          <label htmlFor="summary" className="mb-1 block text-sm font-semibold">
            Summary
          </label>
          <textarea
            id="summary"
            name="summary"
            rows={5}
            maxLength={MAX_NOTES}
            value={draft.summary}
            onChange={(event) => onDraftChange({ ...draft, summary: event.target.value })}
            aria-describedby={[state.errors?.summary ? "summary-error" : "", mergeNotice?.fields.includes("summary") ? "summary-merge" : ""].filter(Boolean).join(" ") || undefined}
            className={input}
          />
          <MergeNotice id="summary-merge" notice={mergeNotice} field="summary" onDismiss={onDismissNotice} />
          <FieldError id="summary-error" errors={state.errors?.summary} />
        </div>
        {disagrees || state.errors?.disagreementReason ? (
          <div>
            <label htmlFor="disagreementReason" className="mb-1 block text-sm font-semibold">
              Why does your recommendation differ from the composite?
            </label>
            <p id="disagreement-hint" className="mb-2 text-sm text-muted">
              {draft.recommendation ? RECOMMENDATION_LABELS[draft.recommendation] : "This recommendation"} over a composite of {composite.value?.toFixed(2)}: one line for the
              debrief.
            </p>
            <input
              id="disagreementReason"
              name="disagreementReason"
              maxLength={300}
              aria-describedby={`disagreement-hint${state.errors?.disagreementReason ? " disagreement-error" : ""}`}
              className={input}
            />
            <FieldError id="disagreement-error" errors={state.errors?.disagreementReason} />
          </div>
        ) : null}
        {composite.unrated > 0 ? <UnratedWarning questions={questions} scores={scores} onGoTo={onGoTo} /> : null}
        {message ? (
          <p role="alert" className="rounded-lg bg-danger-soft px-3 py-2 text-sm text-danger">
            {message}
          </p>
        ) : null}
        <button type="submit" className={buttonPrimary} disabled={submitting || flushing}>
          {flushing ? "Saving…" : submitting ? "Submitting…" : "Submit scorecard"}
        </button>
      </form>
      <table className="w-full text-sm">
        <caption className="sr-only">Your ratings</caption>
        <thead>
          <tr className="border-b border-border text-left text-muted">
            <th scope="col" className="py-2 font-medium">
              Question
            </th>
            <th scope="col" className="py-2 text-right font-medium">
              Rating
            </th>
          </tr>
        </thead>
        <tbody>
          {questions.map((question, index) => (
            <tr key={question.id} className="border-b border-border">
              <td className="py-2 pr-4">
                <button type="button" onClick={() => onGoTo(index)} className="text-left underline-offset-2 hover:underline">
                  {question.title}
                </button>
              </td>
              <td className="py-2 text-right tabular-nums">{scores[index]?.rating ?? <span className="text-muted">not rated</span>}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

/**
 * Submitting with unrated questions is allowed (a question may not have been reached), but it is
 * said plainly before the button, with a way back to each one.
 */
function UnratedWarning({ questions, scores, onGoTo }: { questions: LiveQuestion[]; scores: QuestionScore[]; onGoTo: (index: number) => void }) {
  const unrated = questions.flatMap((question, index) => (scores[index]?.rating == null ? [{ question, index }] : []));
  return (
    <div className="rounded-lg bg-warning-soft px-3 py-2 text-sm text-warning" data-testid="unrated-warning">
      <p className="font-medium">
        {unrated.length === 1 ? "1 question is" : `${unrated.length} questions are`} not rated: {unrated.length === 1 ? "it is" : "they are"} left out of the composite. Rate{" "}
        {unrated.length === 1 ? "it" : "them"} first, or submit anyway.
      </p>
      <ul className="mt-1 space-y-1">
        {unrated.map(({ question, index }) => (
          <li key={question.id}>
            <button type="button" onClick={() => onGoTo(index)} className="text-left underline underline-offset-2">
              {index + 1}. {question.title}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
