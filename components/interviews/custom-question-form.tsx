"use client";

import { useEffect, useRef } from "react";
import { FormErrorSummary, FormFooter } from "@/components/ui/form-footer";
import { input, label } from "@/components/ui/styles";
import { FieldError, TextField } from "@/components/ui/text-field";
import { addCustomQuestionAction } from "@/lib/interviews/actions";
import { useFormAction } from "@/components/ui/use-form-action";

export function CustomQuestionForm({ sessionId }: { sessionId: string }) {
  const { state, onSubmit, pending } = useFormAction(addCustomQuestionAction.bind(null, sessionId), {});
  const formRef = useRef<HTMLFormElement>(null);
  const promptErrors = Boolean(state.errors?.prompt?.length);
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
      <div>
        <label htmlFor="custom-prompt" className={`${label} mb-1`}>
          Details (optional)
        </label>
        <textarea
          id="custom-prompt"
          name="prompt"
          rows={3}
          className={input}
          aria-invalid={promptErrors ? true : undefined}
          aria-describedby={promptErrors ? "custom-prompt-error" : undefined}
        />
        <FieldError id="custom-prompt-error" errors={state.errors?.prompt} />
      </div>
      <div className="flex flex-wrap items-end gap-3">
        <div className="w-28">
          <TextField name="minutes" label="Minutes" type="number" min={1} max={120} />
        </div>
        <FormFooter state={state} pending={pending} label="Add question" pendingLabel="Adding…" okMessage="Added." secondary />
      </div>
    </form>
  );
}
