"use client";

import { useActionState } from "react";
import { buttonSecondary } from "@/components/ui/styles";
import { setBankEditing } from "@/lib/users/actions";

/** Grants or withdraws an interviewer's right to edit the question bank. */
export function BankEditingForm({ userId, email, canEditBank }: { userId: string; email: string; canEditBank: boolean }) {
  const [state, action, pending] = useActionState(setBankEditing, {});
  return (
    <form action={action} className="flex flex-wrap items-center gap-2">
      <input type="hidden" name="userId" value={userId} />
      <input type="hidden" name="canEditBank" value={canEditBank ? "false" : "true"} />
      <span className="text-sm">{canEditBank ? "Can edit" : "Cannot edit"}</span>
      <button type="submit" className={buttonSecondary} disabled={pending} aria-label={`${canEditBank ? "Stop" : "Allow"} bank editing for ${email}`}>
        {pending ? "Saving…" : canEditBank ? "Stop" : "Allow"}
      </button>
      <span role="status" aria-live="polite" className={`text-sm ${state.ok ? "text-success" : "text-danger"}`}>
        {state.message}
      </span>
    </form>
  );
}
