import type { DefaultSession } from "next-auth";

declare module "next-auth" {
  interface Session {
    user: DefaultSession["user"] & { id: string; sessionVersion: number; sessionId?: string };
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    sessionVersion?: number;
    /** The UserSession row this token belongs to (lib/auth/user-sessions.ts). */
    sid?: string;
  }
}
