// Shared by sign-up, the seed's demo accounts and `npm run user:create`; takes the client so it
// also runs outside Next.js (CLI, seed, tests).
import { hashPassword } from "@/lib/auth/password";
import type { Database } from "@/lib/db-client";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Role } from "@/lib/generated/prisma/enums";

export interface NewUser {
  email: string;
  name?: string | null;
  password: string;
  role: Role;
  isDemo?: boolean;
}

/** Creates the user, or updates role/password/name when the email exists. */
export async function upsertUser(db: Database, user: NewUser) {
  const passwordHash = await hashPassword(user.password);
  const email = user.email.trim().toLowerCase();
  return db.user.upsert({
    where: { email },
    create: { email, name: user.name ?? null, passwordHash, role: user.role, isDemo: user.isDemo ?? false },
    update: { name: user.name ?? undefined, passwordHash, role: user.role, isDemo: user.isDemo ?? false },
    select: { id: true, email: true, role: true },
  });
}

/**
 * Creates the user only if the email is free; null when it is taken, even by a sign-up running at
 * the same moment: the unique index on email decides, never a read made before the write.
 */
export async function createUserIfNew(db: Database, user: NewUser) {
  const passwordHash = await hashPassword(user.password);
  const email = user.email.trim().toLowerCase();
  try {
    return await db.user.create({
      data: { email, name: user.name ?? null, passwordHash, role: user.role, isDemo: user.isDemo ?? false },
      select: { id: true, email: true, role: true },
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") return null;
    throw error;
  }
}

export const DEMO_PASSWORD = "interview-demo";

export const DEMO_ACCOUNTS: ReadonlyArray<Omit<NewUser, "password">> = [
  { email: "admin@example.com", name: "Ada Admin", role: "ADMIN", isDemo: true },
  { email: "interviewer@example.com", name: "Ian Interviewer", role: "INTERVIEWER", isDemo: true },
  { email: "recruiter@example.com", name: "Rita Recruiter", role: "RECRUITER", isDemo: true },
  { email: "candidate@example.com", name: "Cam Candidate", role: "CANDIDATE", isDemo: true },
];

/** Idempotent: existing demo accounts are left as they are (their passwords may have been changed). */
export async function seedDemoAccounts(db: Database) {
  const existing = new Set((await db.user.findMany({ where: { email: { in: DEMO_ACCOUNTS.map((a) => a.email) } }, select: { email: true } })).map((u) => u.email));
  const created: string[] = [];
  for (const account of DEMO_ACCOUNTS) {
    if (existing.has(account.email)) continue;
    await upsertUser(db, { ...account, password: DEMO_PASSWORD });
    created.push(account.email);
  }
  return created;
}
