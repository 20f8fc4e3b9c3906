import { createPrismaClient, type Database } from "../lib/db-client";
import { upsertUser } from "../lib/users/create-user";
import type { Role } from "../lib/generated/prisma/enums";

/** Runs `work` against the e2e database (scripts/e2e.ts passes its URL), for fixtures a test needs. */
export async function withDatabase<T>(work: (db: Database) => Promise<T>) {
  const db = createPrismaClient(process.env.DATABASE_URL ?? "");
  try {
    return await work(db);
  } finally {
    await db.$disconnect();
  }
}

/** A real account with a password, made as `npm run user:create` makes it. */
export function createAccount(user: { email: string; name: string; password: string; role: Role }) {
  return withDatabase((db) => upsertUser(db, user));
}
