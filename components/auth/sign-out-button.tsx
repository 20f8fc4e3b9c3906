"use client";

import { tellOfflineOwner } from "@/components/offline/tell-worker";
import { buttonGhost } from "@/components/ui/styles";

/**
 * Ends this browser's session, first having the service worker forget cached interview pages
 * (shared computers). Talks to next-auth's endpoints directly, as its client's signOut() does:
 * that client would add about 8 kB (gzip) to every page for this one button.
 */
export async function signOutThisBrowser(callbackUrl = "/sign-in") {
  await tellOfflineOwner(null);
  const { csrfToken } = (await (await fetch("/api/auth/csrf", { cache: "no-store" })).json()) as { csrfToken: string };
  const response = await fetch("/api/auth/signout", {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ csrfToken, callbackUrl, json: "true" }),
  });
  const { url } = (await response.json()) as { url?: string };
  window.location.href = url ?? callbackUrl;
}

export function SignOutButton() {
  return (
    <button type="button" className={buttonGhost} onClick={() => signOutThisBrowser()}>
      Sign out
    </button>
  );
}
