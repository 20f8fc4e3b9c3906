// npm run user:create -- --email ada@example.com --role admin [--name "Ada"] [--password …]
// Creates the user, or updates the role and password of an existing one. Without --password a
// strong one is generated and printed once.
import { randomBytes } from "node:crypto";
import { parseArgs } from "node:util";
import { createPrismaClient } from "../lib/db-client";
import { createUserSchema } from "../lib/users/schema";
import { upsertUser } from "../lib/users/create-user";
import { resolveDatabase } from "./lib/local-database";
import { runMain } from "./lib/run-main";
import { loadEnvFiles } from "./lib/load-env-files";

runMain(import.meta.url, async () => {
  loadEnvFiles();
  const { values } = parseArgs({
    options: {
      email: { type: "string" },
      role: { type: "string", default: "candidate" },
      name: { type: "string" },
      password: { type: "string" },
    },
  });
  const generated = !values.password;
  const parsed = createUserSchema.safeParse({
    email: values.email,
    name: values.name,
    role: values.role?.toUpperCase(),
    password: values.password ?? randomBytes(12).toString("base64url"),
  });
  if (!parsed.success) {
    for (const issue of parsed.error.issues) console.error(`--${issue.path.join(".")}: ${issue.message}`);
    console.error("Usage: npm run user:create -- --email you@example.com --role admin|interviewer|recruiter|candidate [--name N] [--password P]");
    return 2;
  }
  const database = await resolveDatabase();
  const db = createPrismaClient(database.url);
  try {
    const user = await upsertUser(db, parsed.data);
    console.log(`${user.email} is ${user.role.toLowerCase()}.`);
    if (generated) console.log(`Password (shown once): ${parsed.data.password}`);
  } finally {
    await db.$disconnect();
    await database.stop();
  }
});
