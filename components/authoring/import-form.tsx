"use client";

import { Link } from "@/components/ui/link";
import { startTransition, useActionState, type FormEvent } from "react";
import { buttonPrimary, buttonSecondary, input, label, link } from "@/components/ui/styles";
import type { ImportState } from "@/lib/content/actions";
import { ImportErrors } from "./import-errors";
import { ImportPlanView } from "./import-plan";

interface Props {
  action: (previous: ImportState, formData: FormData) => Promise<ImportState>;
}

/**
 * Upload or paste → dry run → apply. The form is submitted by hand (not through the action prop)
 * so React does not reset it: the same files are sent again when the dry run is applied.
 */
export function ImportForm({ action }: Props) {
  const [state, dispatch, pending] = useActionState(action, {} as ImportState);
  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const submitter = (event.nativeEvent as SubmitEvent).submitter;
    const formData = new FormData(event.currentTarget, submitter);
    startTransition(() => dispatch(formData));
  }
  const canApply = Boolean(state.plan) && !state.applied;

  return (
    <form onSubmit={onSubmit} method="post" encType="multipart/form-data" className="space-y-6">
      <div className="space-y-4 rounded-xl border border-border bg-surface p-4 shadow-sm sm:p-6">
        <div>
          <label htmlFor="files" className={`${label} mb-1`}>
            Question-set files (.md)
          </label>
          <input
            id="files"
            name="files"
            type="file"
            multiple
            accept=".md,text/markdown"
            className={`${input} file:mr-3 file:rounded file:border-0 file:bg-subtle file:px-3 file:py-1 file:text-sm file:text-fg`}
          />
          <p className="mt-1 text-xs text-muted">
            Up to 100 files: 5 MB per file, 10 MB and 5,000 questions in all. Larger banks: <code className="rounded bg-subtle px-1">npm run content:import</code>.
          </p>
        </div>
        <details className="group">
          <summary className="cursor-pointer text-sm font-medium text-fg">Or paste Markdown</summary>
          <div className="mt-3 space-y-3">
            <div>
              <label htmlFor="pastedName" className={`${label} mb-1`}>
                File name
              </label>
              <input id="pastedName" name="pastedName" placeholder="kubernetes.md" className={input} />
              <p className="mt-1 text-xs text-muted">Names the set when its front matter has no slug.</p>
            </div>
            <div>
              <label htmlFor="pasted" className={`${label} mb-1`}>
                Markdown
              </label>
              <textarea
                id="pasted"
                name="pasted"
                rows={12}
                spellCheck={false}
                className={`${input} font-mono`}
                placeholder={"---\ntitle: Kubernetes\n---\n\n## What happens when a liveness probe fails?\n…"}
              />
            </div>
          </div>
        </details>
        <div className="flex flex-wrap items-center gap-3">
          <button type="submit" name="intent" value="check" className={canApply ? buttonSecondary : buttonPrimary} disabled={pending}>
            {pending ? "Working…" : "Check (dry run)"}
          </button>
          {canApply ? (
            <>
              <input type="hidden" name="fingerprint" value={state.plan!.fingerprint} />
              <button type="submit" name="intent" value="apply" className={buttonPrimary} disabled={pending}>
                Apply these changes
              </button>
            </>
          ) : null}
        </div>
      </div>

      <div role="status" aria-live="polite" className="space-y-4">
        {state.message ? (
          <p className={`rounded-md px-3 py-2 text-sm ${state.ok ? "bg-success-soft text-success" : "bg-danger-soft text-danger"}`}>
            {state.message}{" "}
            {state.applied ? (
              <Link href="/bank" className={link}>
                Open the bank
              </Link>
            ) : null}
          </p>
        ) : null}
      </div>
      {state.importErrors?.length ? <ImportErrors errors={state.importErrors} /> : null}
      {state.plan ? <ImportPlanView plan={state.plan} applied={Boolean(state.applied)} /> : null}
    </form>
  );
}
