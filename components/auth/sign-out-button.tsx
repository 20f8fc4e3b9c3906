"use client";

import { signOut } from "next-auth/react";
import { buttonGhost } from "@/components/ui/styles";

/** Signs out, and first has the service worker forget cached interview pages (shared computers). */
export function SignOutButton() {
  async function onClick() {
    const registration = "serviceWorker" in navigator ? await navigator.serviceWorker.getRegistration() : undefined;
    registration?.active?.postMessage({ type: "forget-pages" });
    await signOut({ callbackUrl: "/sign-in" });
  }
  return (
    <button type="button" className={buttonGhost} onClick={onClick}>
      Sign out
    </button>
  );
}
