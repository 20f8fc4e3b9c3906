"use client";

import type { ReactNode } from "react";
import type { FormState } from "@/lib/form-state";
import { FormErrorSummary, FormFooter } from "./form-footer";
import { useFormAction } from "./use-form-action";

interface Props<State extends FormState> {
  /** A server action (lib/<domain>/actions.ts), its leading arguments bound. */
  action: (previous: State, formData: FormData) => Promise<State>;
  submitLabel: string;
  pendingLabel: string;
  className: string;
  /** The fields, given the last state for their errors. */
  children: (state: State) => ReactNode;
}

/**
 * A form posting to one server action, the shape most forms have: the error summary above the
 * fields, the fields, and the footer. What was typed stays when the server refuses it (useFormAction).
 */
export function ActionForm<State extends FormState>({ action, submitLabel, pendingLabel, className, children }: Props<State>) {
  const { state, onSubmit, pending } = useFormAction(action, {} as Awaited<State>);
  return (
    <form onSubmit={onSubmit} method="post" className={className}>
      <FormErrorSummary state={state} />
      {children(state)}
      <FormFooter state={state} pending={pending} label={submitLabel} pendingLabel={pendingLabel} />
    </form>
  );
}
