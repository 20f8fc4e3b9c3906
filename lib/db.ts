import "server-only";
import { createPrismaClient, type Database } from "./db-client";
import { env } from "./env";

// One client per process: Next.js dev reloads modules, so the instance is parked on globalThis.
const globalForPrisma = globalThis as unknown as { prisma?: Database };

export const prisma = globalForPrisma.prisma ?? createPrismaClient(env.DATABASE_URL);

if (env.NODE_ENV !== "production") globalForPrisma.prisma = prisma;
