"use client";

import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useEffect, useRef } from "react";
import { FormErrorSummary, footerMessage } from "@/components/ui/form-footer";
import { buttonPrimary } from "@/components/ui/styles";
import { TextField } from "@/components/ui/text-field";
import { signUp } from "@/lib/auth/actions";
import { useFormAction } from "@/components/ui/use-form-action";
import { mergeGuestHistory } from "@/components/practice/merge-guest-history";

export function SignUpForm() {
  const router = useRouter();
  const { state, onSubmit, pending } = useFormAction(signUp, {});
  const formRef = useRef<HTMLFormElement>(null);

  // Once the account exists, sign straight in with the same credentials.
  useEffect(() => {
    if (!state.ok || !formRef.current) return;
    const form = new FormData(formRef.current);
    void signIn("credentials", { email: form.get("email"), password: form.get("password"), redirect: false }).then(async (result) => {
      // Practice done as a guest on this device joins the new account (kept there if this fails).
      const merged = result?.ok ? await mergeGuestHistory() : 0;
      router.push(result?.ok ? (merged > 0 ? "/practice/progress" : "/") : "/sign-in");
      router.refresh();
    });
  }, [state.ok, router]);

  const fields = [
    { name: "name", label: "Name", type: "text", autoComplete: "name" },
    { name: "email", label: "Email", type: "email", autoComplete: "email" },
    { name: "password", label: "Password (at least 10 characters)", type: "password", autoComplete: "new-password" },
  ] as const;

  return (
    <form ref={formRef} onSubmit={onSubmit} method="post" className="space-y-4">
      <FormErrorSummary state={state} />
      {fields.map((field) => (
        <TextField key={field.name} {...field} required errors={state.errors?.[field.name]} />
      ))}
      <div role="status" aria-live="polite" className="min-h-5 text-sm text-muted">
        {footerMessage(state)}
      </div>
      <button type="submit" className={`${buttonPrimary} w-full`} disabled={pending || state.ok}>
        {pending || state.ok ? "Creating account…" : "Create account"}
      </button>
    </form>
  );
}
