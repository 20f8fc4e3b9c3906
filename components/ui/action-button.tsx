"use client";

import { useActionState, type ReactNode } from "react";
import type { FormState } from "@/lib/form-state";

interface Props {
  /** A server action with its arguments bound. */
  action: () => Promise<FormState>;
  children: ReactNode;
  label: string;
  className: string;
  disabled?: boolean;
}

/** One button that runs a server action and says why, should it be refused. */
export function ActionButton({ action, children, label, className, disabled }: Props) {
  const [state, formAction, pending] = useActionState(() => action(), {});
  return (
    <form action={formAction} className="inline-flex items-center gap-2">
      <button type="submit" className={className} disabled={disabled || pending} aria-label={label}>
        {children}
      </button>
      {state.message && !state.ok ? (
        <span role="status" className="text-xs text-danger">
          {state.message}
        </span>
      ) : null}
    </form>
  );
}
