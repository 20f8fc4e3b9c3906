"use client";

import { useEffect } from "react";
import { forgetSavedCopies } from "@/lib/scoring/autosave-storage";

/** On a submitted scorecard's page: the browser no longer needs its copy of the drafts. */
export function ForgetLocalCopy({ scorecardId }: { scorecardId: string }) {
  useEffect(() => {
    try {
      forgetSavedCopies(window.localStorage, scorecardId);
    } catch {
      // Storage disabled: there is nothing to forget.
    }
  }, [scorecardId]);
  return null;
}
