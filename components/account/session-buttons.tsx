"use client";

import { ActionButton } from "@/components/ui/action-button";
import { buttonGhost, buttonSecondary } from "@/components/ui/styles";
import { endOtherSessions, endSession } from "@/lib/account/actions";

export function EndSessionButton({ sessionId, device }: { sessionId: string; device: string }) {
  return (
    <ActionButton action={endSession.bind(null, sessionId)} label={`Sign out ${device}`} className={buttonGhost}>
      Sign out
    </ActionButton>
  );
}

export function EndOtherSessionsButton() {
  return (
    <ActionButton action={endOtherSessions} label="Sign out every other session" className={buttonSecondary}>
      Sign out every other session
    </ActionButton>
  );
}
