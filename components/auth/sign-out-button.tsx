"use client";

import { signOut } from "next-auth/react";
import { buttonGhost } from "@/components/ui/styles";

export function SignOutButton() {
  return (
    <button type="button" className={buttonGhost} onClick={() => signOut({ callbackUrl: "/sign-in" })}>
      Sign out
    </button>
  );
}
