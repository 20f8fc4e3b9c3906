"use client";

import { useEffect, useRef } from "react";
import { FormErrorSummary, FormFooter } from "@/components/ui/form-footer";
import { input, label } from "@/components/ui/styles";
import { FieldError, TextField } from "@/components/ui/text-field";
import { addCustomQuestionAction } from "@/lib/interviews/actions";
import { useFormAction } from "@/components/ui/use-form-action";

const ANCHORS = ["scoring1", "scoring2", "scoring3", "scoring4"] as const;
const ANCHOR_HINTS = ["what a poor answer looks like", "a partial answer", "a solid answer", "an excellent answer"];

/** A labelled textarea whose server messages are tied to it. Ids are prefixed: the page has other forms. */
function Area({ name, label: text, rows, errors }: { name: string; label: string; rows: number; errors?: string[] }) {
  const id = `custom-${name}`;
  const invalid = Boolean(errors?.length);
  return (
    <div>
      <label htmlFor={id} className={`${label} mb-1`}>
        {text}
      </label>
      <textarea id={id} name={name} rows={rows} className={input} aria-invalid={invalid || undefined} aria-describedby={invalid ? `${id}-error` : undefined} />
      <FieldError id={`${id}-error`} errors={errors} />
    </div>
  );
}

export function CustomQuestionForm({ sessionId }: { sessionId: string }) {
  const { state, onSubmit, pending } = useFormAction(addCustomQuestionAction.bind(null, sessionId), {});
  const formRef = useRef<HTMLFormElement>(null);
  // Cleared only once the question is saved, so nothing typed is lost on an error.
  useEffect(() => {
    if (state.ok) formRef.current?.reset();
  }, [state]);
  return (
    <form ref={formRef} onSubmit={onSubmit} method="post" className="space-y-3" aria-labelledby="custom-heading">
      <h2 id="custom-heading" className="text-lg font-semibold">
        Add a custom question
      </h2>
      <FormErrorSummary state={state} />
      <TextField name="title" label="Question" required maxLength={500} errors={state.errors?.title} />
      <Area name="prompt" label="Details (optional)" rows={3} errors={state.errors?.prompt} />
      <Area name="answer" label="Expected answer" rows={3} errors={state.errors?.answer} />
      <Area name="keyPoints" label="Key points (one per line)" rows={3} errors={state.errors?.keyPoints} />
      <Area name="redFlags" label="Red flags (optional, one per line)" rows={2} errors={state.errors?.redFlags} />
      <Area name="followUps" label="Follow-ups (optional, one per line)" rows={2} errors={state.errors?.followUps} />
      <details className="rounded-md border border-border p-3" open={ANCHORS.some((field) => state.errors?.[field]?.length)}>
        <summary className="cursor-pointer text-sm font-medium">Scoring anchors (optional: without them, the general anchors are used)</summary>
        <div className="mt-3 space-y-3">
          {ANCHORS.map((field, index) => (
            <Area key={field} name={field} label={`${index + 1}: ${ANCHOR_HINTS[index]}`} rows={2} errors={state.errors?.[field]} />
          ))}
        </div>
      </details>
      <div className="flex flex-wrap items-end gap-3">
        <div className="w-28">
          <TextField name="minutes" label="Minutes" type="number" min={1} max={120} />
        </div>
        <FormFooter state={state} pending={pending} label="Add question" pendingLabel="Adding…" okMessage="Added." secondary />
      </div>
    </form>
  );
}
