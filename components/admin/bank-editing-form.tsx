"use client";

import { useActionState } from "react";
import { FormFooter } from "@/components/ui/form-footer";
import { setBankEditing } from "@/lib/users/actions";

/** Grants or withdraws an interviewer's right to edit the question bank. */
export function BankEditingForm({ userId, email, canEditBank }: { userId: string; email: string; canEditBank: boolean }) {
  const [state, action, pending] = useActionState(setBankEditing, {});
  return (
    <form action={action} className="flex flex-wrap items-center gap-2">
      <input type="hidden" name="userId" value={userId} />
      <input type="hidden" name="canEditBank" value={canEditBank ? "false" : "true"} />
      <span className="text-sm">{canEditBank ? "Can edit" : "Cannot edit"}</span>
      <FormFooter
        state={state}
        pending={pending}
        label={canEditBank ? "Stop" : "Allow"}
        pendingLabel="Saving…"
        ariaLabel={`${canEditBank ? "Stop" : "Allow"} bank editing for ${email}`}
        secondary
      />
    </form>
  );
}
