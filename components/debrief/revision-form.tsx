"use client";

import { FormErrorSummary, FormFooter } from "@/components/ui/form-footer";
import { input, label } from "@/components/ui/styles";
import { useFormAction } from "@/components/ui/use-form-action";
import { reviseScorecardAction } from "@/lib/debrief/actions";
import { MAX_REASON } from "@/lib/debrief/schema";
import { RECOMMENDATION_LABELS, RECOMMENDATIONS } from "@/lib/scoring/composite";
import { ReasonField } from "./reason-field";

/**
 * A panelist's revision after the debrief: new ratings for some questions and/or a new
 * recommendation, with why. It is recorded beside the submitted scorecard, which stays as it was.
 */
export function RevisionForm({ scorecardId, questions }: { scorecardId: string; questions: { id: string; title: string; rating: number | null }[] }) {
  const { state, onSubmit, pending } = useFormAction(reviseScorecardAction.bind(null, scorecardId), {});
  return (
    <details className="text-sm">
      <summary className="cursor-pointer font-medium">Revise my rating…</summary>
      <form onSubmit={onSubmit} noValidate className="mt-3 space-y-3">
        <p className="text-muted">Your submitted scorecard is kept as it was; the revision is shown beside it, as a revision.</p>
        <FormErrorSummary state={state} />
        <div className="grid gap-3 sm:grid-cols-2">
          {questions.map((question, index) => (
            <div key={question.id}>
              <label htmlFor={`revise-${question.id}`} className={`${label} mb-1`}>
                Q{index + 1}. {question.title} <span className="font-normal text-muted">(submitted: {question.rating ?? "not rated"})</span>
              </label>
              <select id={`revise-${question.id}`} name={`rating:${question.id}`} defaultValue="" className={input}>
                <option value="">Unchanged</option>
                {[1, 2, 3, 4].map((rating) => (
                  <option key={rating} value={rating}>
                    {rating}
                  </option>
                ))}
              </select>
            </div>
          ))}
          <div>
            <label htmlFor="revise-recommendation" className={`${label} mb-1`}>
              Recommendation
            </label>
            <select id="revise-recommendation" name="recommendation" defaultValue="" className={input}>
              <option value="">Unchanged</option>
              {RECOMMENDATIONS.map((rec) => (
                <option key={rec} value={rec}>
                  {RECOMMENDATION_LABELS[rec]}
                </option>
              ))}
            </select>
          </div>
        </div>
        {state.errors?.ratings ? (
          <p role="alert" className="text-danger">
            {state.errors.ratings.join(" ")}
          </p>
        ) : null}
        <ReasonField id="revision-reason" label="Why you revise it" maxLength={MAX_REASON} errors={state.errors?.reason} />
        <FormFooter state={state} pending={pending} label="Record the revision" secondary />
      </form>
    </details>
  );
}
