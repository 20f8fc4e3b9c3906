"use client";

import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { buttonPrimary, buttonSecondary } from "@/components/ui/styles";
import { TextField } from "@/components/ui/text-field";
import { safeCallbackPath } from "@/lib/auth/callback-url";
import { SIGN_IN_ERRORS } from "@/lib/auth/sign-in-errors";

// next-auth error codes → what the person should read. None reveals whether the email exists.
const MESSAGES: Record<string, string> = {
  [SIGN_IN_ERRORS.invalid]: "Email or password is incorrect.",
  [SIGN_IN_ERRORS.throttled]: "Too many failed attempts. Wait a few minutes, then try again.",
  [SIGN_IN_ERRORS.demoDisabled]: "Demo accounts are disabled on this server.",
  [SIGN_IN_ERRORS.oauthNotLinked]: "This email already has an account with another sign-in method.",
};
const FALLBACK = "Sign-in failed. Please try again.";

interface Props {
  providers: { id: string; name: string }[];
  callbackUrl: string;
  initialError?: string;
}

export function SignInForm({ providers, callbackUrl, initialError }: Props) {
  const router = useRouter();
  const [error, setError] = useState(initialError ? (MESSAGES[initialError] ?? FALLBACK) : "");
  const [pending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setPending(true);
    setError("");
    try {
      // next-auth's client navigates to its error page when the server cannot be reached, which
      // would lose what was typed; check the connection first so the form can say so instead.
      if (!navigator.onLine || !(await fetch("/api/auth/csrf", { cache: "no-store" })).ok) throw new Error("offline");
      const result = await signIn("credentials", {
        email: String(form.get("email") ?? ""),
        password: String(form.get("password") ?? ""),
        redirect: false,
      });
      if (!result || result.error) {
        setError(MESSAGES[result?.error ?? ""] ?? FALLBACK);
        return;
      }
      // The page passes a checked path; checked again here, where the navigation happens.
      router.push(safeCallbackPath(callbackUrl, { origins: [window.location.origin], fallback: "/" }));
      router.refresh();
    } catch {
      setError("Could not reach the server. Check your connection and try again.");
    } finally {
      setPending(false);
    }
  }

  return (
    <div className="space-y-6">
      {/* method=post: should a submit beat hydration, the password never lands in a URL. */}
      <form onSubmit={onSubmit} method="post" className="space-y-4">
        <TextField name="email" label="Email" type="email" autoComplete="email" required />
        <TextField name="password" label="Password" type="password" autoComplete="current-password" required />
        <div role="alert" aria-live="assertive" className="min-h-5 text-sm text-danger">
          {error}
        </div>
        <button type="submit" className={`${buttonPrimary} w-full`} disabled={pending}>
          {pending ? "Signing in…" : "Sign in"}
        </button>
      </form>
      {providers.length > 0 ? (
        <div className="space-y-2 border-t border-border pt-6">
          {providers.map((provider) => (
            <button key={provider.id} type="button" className={`${buttonSecondary} w-full`} onClick={() => signIn(provider.id, { callbackUrl })}>
              Continue with {provider.name}
            </button>
          ))}
        </div>
      ) : null}
    </div>
  );
}
