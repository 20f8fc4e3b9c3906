"use client";

import { useState } from "react";
import { ActionButton } from "@/components/ui/action-button";
import { buttonGhost, buttonSecondary } from "@/components/ui/styles";
import type { FormState } from "@/lib/form-state";

/** Deleting takes a second, explicit click: it cannot be undone. */
export function DeletePlanButton({ action, name }: { action: () => Promise<FormState>; name: string }) {
  const [confirming, setConfirming] = useState(false);
  if (!confirming) {
    return (
      <button type="button" className={buttonSecondary} onClick={() => setConfirming(true)}>
        Delete plan
      </button>
    );
  }
  return (
    <div className="space-y-2">
      <p className="text-sm">Delete “{name}”? Interviews already started from it keep their questions.</p>
      <div className="flex flex-wrap items-center gap-2">
        <ActionButton action={action} className={buttonSecondary} label="Yes, delete the plan">
          Yes, delete the plan
        </ActionButton>
        <button type="button" className={buttonGhost} onClick={() => setConfirming(false)}>
          Cancel
        </button>
      </div>
    </div>
  );
}
