import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "./generated/prisma/client";

/** A Prisma client on the pg driver adapter (Prisma 7 has no Rust query engine). */
export function createPrismaClient(databaseUrl: string) {
  return new PrismaClient({ adapter: new PrismaPg({ connectionString: databaseUrl }) });
}

export type Database = ReturnType<typeof createPrismaClient>;
