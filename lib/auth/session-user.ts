import "server-only";
import { cache } from "react";
import { prisma } from "@/lib/db";

/**
 * The signed-in user's row by primary key, read once per request: next-auth's `jwt` callback
 * checks every token against it (lib/auth/options.ts) and getCurrentUser reads the rest from it.
 */
export const readSessionUser = cache((id: string) =>
  prisma.user.findUnique({
    where: { id },
    select: { id: true, email: true, name: true, role: true, sessionVersion: true, canEditBank: true },
  }),
);

/** Thrown by the `jwt` callback for a token that no longer stands; next-auth then answers with no session. */
export class SessionRevokedError extends Error {
  constructor() {
    super("The session was ended (sign out everywhere) or its user no longer exists.");
    this.name = "SessionRevokedError";
  }
}
