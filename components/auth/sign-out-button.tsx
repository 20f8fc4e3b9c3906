"use client";

import { signOut } from "next-auth/react";
import { buttonGhost } from "@/components/ui/styles";

/** Ends this browser's session, first having the service worker forget cached interview pages (shared computers). */
export async function signOutThisBrowser(callbackUrl = "/sign-in") {
  const registration = "serviceWorker" in navigator ? await navigator.serviceWorker.getRegistration() : undefined;
  registration?.active?.postMessage({ type: "forget-pages" });
  await signOut({ callbackUrl });
}

export function SignOutButton() {
  return (
    <button type="button" className={buttonGhost} onClick={() => signOutThisBrowser()}>
      Sign out
    </button>
  );
}
