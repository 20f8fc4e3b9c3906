"use client";

import { useEffect } from "react";
import { tellOfflineOwner } from "./tell-worker";

/**
 * In the root layout: every page tells the service worker who is signed in, so a copy of the live
 * scoring page cached for one user is deleted as soon as the browser is someone else's (or no
 * one's) — a sign-out elsewhere, another person signing in — not only when Sign out is clicked.
 */
export function OfflineOwner({ owner }: { owner: string | null }) {
  useEffect(() => {
    void tellOfflineOwner(owner);
  }, [owner]);
  return null;
}
