"use client";

import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useActionState, useEffect, useRef } from "react";
import { buttonPrimary, input, label } from "@/components/ui/styles";
import { signUp } from "@/lib/auth/actions";

function FieldError({ id, messages }: { id: string; messages?: string[] }) {
  if (!messages?.length) return null;
  return (
    <p id={id} className="mt-1 text-sm text-danger">
      {messages.join(" ")}
    </p>
  );
}

export function SignUpForm() {
  const router = useRouter();
  const [state, action, pending] = useActionState(signUp, {});
  const formRef = useRef<HTMLFormElement>(null);

  // Once the account exists, sign straight in with the same credentials.
  useEffect(() => {
    if (!state.ok || !formRef.current) return;
    const form = new FormData(formRef.current);
    void signIn("credentials", { email: form.get("email"), password: form.get("password"), redirect: false }).then(() => {
      router.push("/bank");
      router.refresh();
    });
  }, [state.ok, router]);

  const fields = [
    { name: "name", text: "Name", type: "text", autoComplete: "name" },
    { name: "email", text: "Email", type: "email", autoComplete: "email" },
    { name: "password", text: "Password (at least 10 characters)", type: "password", autoComplete: "new-password" },
  ] as const;

  return (
    <form ref={formRef} action={action} className="space-y-4">
      {fields.map((field) => (
        <div key={field.name}>
          <label htmlFor={field.name} className={`${label} mb-1`}>
            {field.text}
          </label>
          <input
            id={field.name}
            name={field.name}
            type={field.type}
            autoComplete={field.autoComplete}
            required
            className={input}
            aria-invalid={Boolean(state.errors?.[field.name])}
            aria-describedby={state.errors?.[field.name] ? `${field.name}-error` : undefined}
          />
          <FieldError id={`${field.name}-error`} messages={state.errors?.[field.name]} />
        </div>
      ))}
      <div role="status" aria-live="polite" className="min-h-5 text-sm text-muted">
        {state.message}
      </div>
      <button type="submit" className={`${buttonPrimary} w-full`} disabled={pending || state.ok}>
        {pending || state.ok ? "Creating account…" : "Create account"}
      </button>
    </form>
  );
}
