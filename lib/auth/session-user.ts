import "server-only";
import { cache } from "react";
import { prisma } from "@/lib/db";
import { readSessionUserRow } from "./user-sessions";

/**
 * The signed-in user's row, joined with the token's session row, read once per request: next-auth's
 * `jwt` callback checks every token against it (lib/auth/options.ts) and getCurrentUser reads the
 * rest from it (both pass the same arguments, so React's cache answers the second call).
 */
export const readSessionUser = cache((id: string, sessionId: string | null) => readSessionUserRow(prisma, id, sessionId));

/** Thrown by the `jwt` callback for a token that no longer stands; next-auth then answers with no session. */
export class SessionRevokedError extends Error {
  constructor() {
    super("The session was ended (signed out, sign out everywhere, password change) or its user no longer exists.");
    this.name = "SessionRevokedError";
  }
}
