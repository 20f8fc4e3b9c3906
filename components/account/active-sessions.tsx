import { SignOutEverywhereButton } from "@/components/auth/sign-out-everywhere-button";
import { card } from "@/components/ui/styles";
import type { CurrentUser } from "@/lib/auth/current-user";
import { describeDevice } from "@/lib/auth/device";
import { formatDateTime } from "@/lib/format/date-time";
import { myActiveSessions } from "@/lib/account/queries";
import { EndOtherSessionsButton, EndSessionButton } from "./session-buttons";

/** Every browser and device signed in to this account, with where and when, and a way to end each. */
export async function ActiveSessions({ user }: { user: CurrentUser }) {
  const sessions = await myActiveSessions();
  const others = sessions.filter((session) => session.id !== user.sessionId);
  return (
    <section aria-labelledby="sessions-heading" className={`${card} space-y-4 p-6`}>
      <h2 id="sessions-heading" className="font-medium">
        Where you are signed in
      </h2>
      <p className="text-sm text-muted">
        A sign-in lasts 12 hours on each browser. Addresses are as this server saw them; times are UTC. Sign out anything you do not recognise, then change your password.
      </p>
      <ul className="divide-y divide-border rounded-lg border border-border" aria-label="Signed-in sessions">
        {sessions.map((session) => {
          const device = describeDevice(session.userAgent);
          const current = session.id === user.sessionId;
          return (
            <li key={session.id} data-testid="session" className="flex flex-wrap items-center justify-between gap-3 px-4 py-3 text-sm">
              <div className="min-w-0">
                <p className="font-medium">
                  {device} {current ? <span className="ml-1 rounded bg-success-soft px-1.5 py-0.5 text-xs text-success">This browser</span> : null}
                </p>
                <p className="break-all text-muted">
                  Signed in {formatDateTime(session.createdAt)} from {session.address || "an unknown address"} · last seen {formatDateTime(session.lastSeenAt)}
                  {session.lastAddress && session.lastAddress !== session.address ? ` from ${session.lastAddress}` : ""}
                </p>
              </div>
              {current ? null : <EndSessionButton sessionId={session.id} device={device} />}
            </li>
          );
        })}
      </ul>
      <div className="flex flex-wrap items-center gap-3">
        {others.length > 0 ? <EndOtherSessionsButton /> : <p className="text-sm text-muted">No other browser is signed in.</p>}
      </div>
      <div className="space-y-2 border-t border-border pt-4">
        <p className="text-sm text-muted">Sign out everywhere ends every session, this one included: for a shared or lost computer you cannot reach.</p>
        <SignOutEverywhereButton />
      </div>
    </section>
  );
}
