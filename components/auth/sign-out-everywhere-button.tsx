"use client";

import { useActionState } from "react";
import { buttonSecondary } from "@/components/ui/styles";
import { signOutEverywhere } from "@/lib/auth/actions";
import type { FormState } from "@/lib/form-state";
import { signOutThisBrowser } from "./sign-out-button";

/** Ends every session of this account (the server bumps its session version), then this browser's. */
export function SignOutEverywhereButton() {
  const [state, action, pending] = useActionState(async (): Promise<FormState> => {
    const result = await signOutEverywhere();
    if (result.ok) await signOutThisBrowser("/sign-in?signedOut=everywhere");
    return result;
  }, {});
  return (
    <form action={action} className="flex flex-wrap items-center gap-3">
      <button type="submit" className={buttonSecondary} disabled={pending}>
        {pending ? "Signing out…" : "Sign out everywhere"}
      </button>
      {state.message && !state.ok ? (
        <p role="alert" className="text-sm text-danger">
          {state.message}
        </p>
      ) : null}
    </form>
  );
}
