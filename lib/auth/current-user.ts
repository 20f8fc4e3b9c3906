import "server-only";
import { getServerSession } from "next-auth";
import { notFound, redirect } from "next/navigation";
import { cache } from "react";
import type { Role } from "@/lib/generated/prisma/enums";
import { authOptions } from "./options";
import { readSessionUser } from "./session-user";
import { sessionStands } from "./user-sessions";

export type CurrentUser = {
  id: string;
  email: string;
  name: string | null;
  role: Role;
  canEditBank: boolean;
  /** This browser's session (lib/auth/user-sessions.ts); null only outside next-auth (tests' stand-in). */
  sessionId: string | null;
};

/**
 * The signed-in user, read from the database on every request (once per render) so a role
 * change or "sign out everywhere" takes effect at once rather than when the JWT expires.
 */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const session = await getServerSession(authOptions);
  const userId = session?.user?.id;
  if (!userId) return null;
  const sessionId = session.user.sessionId ?? null;
  // The same read next-auth's jwt callback made for this request (cached), checked again here.
  const user = await readSessionUser(userId, sessionId);
  if (!user || user.deletedAt) return null;
  // next-auth's jwt callback refuses every token without a session row; a session without an id
  // reaches here only from the tests' stand-in for getServerSession (tests/next-boundary.ts),
  // where a bumped sessionVersion ("sign out everywhere") still invalidates older tokens.
  if (sessionId ? !sessionStands(user) : user.sessionVersion !== (session.user.sessionVersion ?? 0)) return null;
  return { id: user.id, email: user.email, name: user.name, role: user.role, canEditBank: user.canEditBank, sessionId };
});

/** For pages: send anonymous visitors to sign in, and hide what their role may not see. */
export async function requireUser(roles?: readonly Role[]): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) redirect("/sign-in");
  // notFound, not 403: a candidate should not learn that an interview-only page exists.
  if (roles && !roles.includes(user.role)) notFound();
  return user;
}
