"use client";

import { buttonGhost } from "@/components/ui/styles";

/**
 * Signs out, and first has the service worker forget cached interview pages (shared computers).
 * Talks to next-auth's endpoints directly, as its client's signOut() does: that client would add
 * about 8 kB (gzip) to every page for this one button.
 */
export function SignOutButton() {
  async function onClick() {
    const registration = "serviceWorker" in navigator ? await navigator.serviceWorker.getRegistration() : undefined;
    registration?.active?.postMessage({ type: "forget-pages" });
    const { csrfToken } = (await (await fetch("/api/auth/csrf", { cache: "no-store" })).json()) as { csrfToken: string };
    const response = await fetch("/api/auth/signout", {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ csrfToken, callbackUrl: "/sign-in", json: "true" }),
    });
    const { url } = (await response.json()) as { url?: string };
    window.location.href = url ?? "/sign-in";
  }
  return (
    <button type="button" className={buttonGhost} onClick={onClick}>
      Sign out
    </button>
  );
}
