import { ActionButton } from "@/components/ui/action-button";
import { buttonSecondary } from "@/components/ui/styles";
import { setFollowAction } from "@/lib/candidates/follow-actions";
import type { FollowState } from "@/lib/candidates/follow";

/** Follow / Unfollow, with why the viewer already follows without asking. */
export function FollowButton({ candidateId, state }: { candidateId: string; state: FollowState }) {
  const following = state.explicit || state.implicit.length > 0;
  return (
    <div className="flex flex-wrap items-center gap-2 text-sm">
      {state.explicit ? (
        <ActionButton action={setFollowAction.bind(null, candidateId, false)} className={buttonSecondary} label="Unfollow">
          Unfollow
        </ActionButton>
      ) : (
        <ActionButton action={setFollowAction.bind(null, candidateId, true)} className={buttonSecondary} label="Follow" disabled={state.implicit.length > 0}>
          Follow
        </ActionButton>
      )}
      {following ? <span className="text-muted">Following on your home page{state.implicit.length ? `: ${state.implicit.join(", ")}` : ""}.</span> : null}
    </div>
  );
}
