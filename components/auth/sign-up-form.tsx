"use client";

import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { startTransition, useActionState, useEffect, useRef, type FormEvent } from "react";
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

  // Submitting through onSubmit rather than the form's action prop keeps what was typed after a
  // validation error (React resets action forms), and lets us sign in with it afterwards.
  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    startTransition(() => action(form));
  }

  // Once the account exists, sign straight in with the same credentials.
  useEffect(() => {
    if (!state.ok || !formRef.current) return;
    const form = new FormData(formRef.current);
    void signIn("credentials", { email: form.get("email"), password: form.get("password"), redirect: false }).then((result) => {
      router.push(result?.ok ? "/bank" : "/sign-in");
      router.refresh();
    });
  }, [state.ok, router]);

  const fields = [
    { name: "name", text: "Name", type: "text", autoComplete: "name" },
    { name: "email", text: "Email", type: "email", autoComplete: "email" },
    { name: "password", text: "Password (at least 10 characters)", type: "password", autoComplete: "new-password" },
  ] as const;

  return (
    <form ref={formRef} onSubmit={onSubmit} method="post" className="space-y-4">
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
