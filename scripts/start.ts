// `npm start` (after `npm run build`): production server. Applies pending migrations first
// (set SKIP_MIGRATIONS=true to run `npm run db:migrate` separately), and refuses to serve while
// demo accounts exist unless ALLOW_DEMO_ACCOUNTS=true, or without NEXTAUTH_SECRET.
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createPrismaClient } from "../lib/db-client";
import { demoAccountsPermitted } from "../lib/users/schema";
import { resolveDatabase } from "./lib/local-database";
import { applyMigrations } from "./lib/migrations";
import { prepareDatabase } from "./lib/prepare-database";
import { runNext } from "./lib/run-next";
import { loadEnvFiles } from "./lib/load-env-files";

loadEnvFiles({ dev: false });

const demoAllowed = demoAccountsPermitted("production", process.env.ALLOW_DEMO_ACCOUNTS);
// Without DATABASE_URL this is a local trial on the embedded database: seed it like `npm run dev`.
const trial = !process.env.DATABASE_URL;

async function openDatabase() {
  if (trial) return prepareDatabase({ seed: true, demoAccounts: demoAllowed });
  const database = await resolveDatabase();
  if (process.env.SKIP_MIGRATIONS !== "true") {
    await applyMigrations(database.url, { log: (line) => console.log(`[db] ${line}`) });
  }
  return database;
}

/**
 * Sessions are signed with NEXTAUTH_SECRET. A deployment must set its own; a local trial on the
 * embedded database gets one generated once and kept next to that database.
 */
function sessionSecret(): string {
  const given = process.env.NEXTAUTH_SECRET?.trim();
  if (given) return given;
  if (!trial) {
    console.error("Refusing to start in production: NEXTAUTH_SECRET is not set. Generate one with `openssl rand -base64 32`.");
    process.exit(1);
  }
  const file = ".data/nextauth-secret";
  if (!existsSync(file)) {
    mkdirSync(".data", { recursive: true });
    writeFileSync(file, randomBytes(32).toString("base64"), { mode: 0o600 });
  }
  console.log(`[auth] Local trial: sessions are signed with a generated secret kept in ${file}.`);
  return readFileSync(file, "utf8").trim();
}

const secret = sessionSecret();
const database = await openDatabase();

if (!demoAllowed) {
  const client = createPrismaClient(database.url);
  const demo = await client.user.findMany({ where: { isDemo: true }, select: { email: true } });
  await client.$disconnect();
  if (demo.length > 0) {
    console.error(
      `Refusing to start in production: demo accounts exist (${demo.map((u) => u.email).join(", ")}).\n` +
        "Remove them with `npm run user:remove-demo`, or set ALLOW_DEMO_ACCOUNTS=true for a demo deployment.",
    );
    await database.stop();
    process.exit(1);
  }
}

runNext(["start", ...process.argv.slice(2)], database, { NODE_ENV: "production", NEXTAUTH_SECRET: secret });
