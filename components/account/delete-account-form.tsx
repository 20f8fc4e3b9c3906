"use client";

import { useEffect } from "react";
import { signOutThisBrowser } from "@/components/auth/sign-out-button";
import { FormErrorSummary, FormFooter } from "@/components/ui/form-footer";
import { TextField } from "@/components/ui/text-field";
import { useFormAction } from "@/components/ui/use-form-action";
import { card } from "@/components/ui/styles";
import { deleteMyAccount } from "@/lib/account/actions";
import { clearLocalPractice } from "@/lib/practice/outbox";

/**
 * Deletes the account, confirmed with the password (or the email, for accounts without one). What
 * goes and what stays is said before, not after. Then this browser forgets the account's local
 * practice copies and signs out.
 */
export function DeleteAccountForm({ userId, email, hasPassword, staff, lastAdmin }: { userId: string; email: string; hasPassword: boolean; staff: boolean; lastAdmin: boolean }) {
  const { state, onSubmit, pending } = useFormAction(deleteMyAccount, {});
  useEffect(() => {
    if (!state.ok) return;
    try {
      clearLocalPractice(window.localStorage, userId);
    } catch {
      // Storage unavailable: nothing kept here either.
    }
    void signOutThisBrowser("/sign-in?signedOut=deleted");
  }, [state.ok, userId]);
  return (
    <section aria-labelledby="delete-heading" className={`${card} space-y-3 border-danger/40 p-6`}>
      {/* Not "Delete your account": the page's heading is "Your account", and tests find it by that name. */}
      <h2 id="delete-heading" className="font-medium text-danger">
        Delete account
      </h2>
      <p className="text-sm text-muted">
        Your account, your practice history and schedule, and your sessions are deleted at once and cannot be brought back. The audit log keeps what happened, without your name or
        email.
        {staff ? " Scorecards you wrote stay with the interviews they belong to, signed “Deleted user”." : ""} Download your data first if you want to keep it.
      </p>
      {lastAdmin ? (
        <p className="text-sm text-danger">You are the last admin: make someone else an admin before deleting your account.</p>
      ) : (
        <details className="group">
          <summary className="cursor-pointer text-sm font-medium text-danger underline underline-offset-2">I want to delete my account</summary>
          <form onSubmit={onSubmit} method="post" className="mt-3 space-y-3">
            <FormErrorSummary state={state} />
            <TextField
              name="confirm"
              label={hasPassword ? "Your password, to confirm" : `Type your email (${email}) to confirm`}
              type={hasPassword ? "password" : "text"}
              autoComplete={hasPassword ? "current-password" : "off"}
              required
              errors={state.errors?.confirm}
            />
            {/* Once deleted, the button stays "Deleting…" while this browser signs out; no message, the sign-in page says it. */}
            <FormFooter state={state} pending={pending} label={state.ok ? "Deleting…" : "Delete my account"} pendingLabel="Deleting…" disabled={state.ok} okMessage="" danger />
          </form>
        </details>
      )}
    </section>
  );
}
