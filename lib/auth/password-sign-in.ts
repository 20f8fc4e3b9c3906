import "server-only";
import type { Database } from "@/lib/db-client";
import { beginSignInAttempt, signInSucceeded } from "./login-throttle";
import { verifyPassword } from "./password";
import { signInSchema } from "./schema";

export type PasswordSignIn = { ok: true; user: { id: string; email: string; name: string | null } } | { ok: false; error: "invalid" | "throttled" | "demoDisabled" };

export interface PasswordSignInOptions {
  demoAccountsAllowed: boolean;
  now?: Date;
  /** The password check (argon2id). A parameter so a test can count how many attempts reach it. */
  verify?: typeof verifyPassword;
}

/**
 * Email-and-password sign-in from `address` (the client as the server edge established it,
 * lib/http/forwarded.ts). The attempt is counted before the password hash runs, so a burst of
 * guesses cannot all be checked: only those the throttle lets through reach argon2.
 */
export async function signInWithPassword(db: Database, input: unknown, address: string, options: PasswordSignInOptions): Promise<PasswordSignIn> {
  const parsed = signInSchema.safeParse(input);
  if (!parsed.success) return { ok: false, error: "invalid" };
  const { email, password } = parsed.data;
  const now = options.now ?? new Date();
  const attempt = await beginSignInAttempt(db, email, address, now);
  if (!attempt) return { ok: false, error: "throttled" };

  const user = await db.user.findUnique({
    where: { email },
    select: { id: true, email: true, name: true, passwordHash: true, isDemo: true },
  });
  // An unknown email is checked against a dummy hash: it takes as long as a wrong password.
  if (!(await (options.verify ?? verifyPassword)(user?.passwordHash, password)) || !user) return { ok: false, error: "invalid" };
  await signInSucceeded(db, email, address, attempt, now);
  if (user.isDemo && !options.demoAccountsAllowed) return { ok: false, error: "demoDisabled" };
  return { ok: true, user: { id: user.id, email: user.email, name: user.name } };
}
