"use client";

import { useEffect, useRef } from "react";
import { FormErrorSummary, FormFooter } from "@/components/ui/form-footer";
import { TextField } from "@/components/ui/text-field";
import { useFormAction } from "@/components/ui/use-form-action";
import { changePassword } from "@/lib/account/actions";

/**
 * Changes the password. The server moves this browser's session to the new session version, so it
 * stays signed in; asking /api/auth/session right after re-issues the cookie with that version.
 */
export function PasswordForm() {
  const { state, onSubmit, pending } = useFormAction(changePassword, {});
  const formRef = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (!state.ok) return;
    formRef.current?.reset();
    void fetch("/api/auth/session", { cache: "no-store" }).catch(() => undefined);
  }, [state]);
  return (
    <form ref={formRef} onSubmit={onSubmit} method="post" className="space-y-4" aria-describedby="password-help">
      <p id="password-help" className="text-sm text-muted">
        Changing it signs out every other browser and device; this one stays signed in.
      </p>
      <FormErrorSummary state={state} />
      <TextField name="current" label="Current password" type="password" autoComplete="current-password" required errors={state.errors?.current} />
      <TextField
        name="password"
        label="New password (at least 10 characters)"
        type="password"
        autoComplete="new-password"
        required
        minLength={10}
        maxLength={200}
        errors={state.errors?.password}
      />
      <TextField name="passwordAgain" label="New password again" type="password" autoComplete="new-password" required errors={state.errors?.passwordAgain} />
      <FormFooter state={state} pending={pending} label="Change password" pendingLabel="Changing…" />
    </form>
  );
}
