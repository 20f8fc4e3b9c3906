// Reads `.env` files the way `next` does (.env.local, .env.production…, never overriding what is
// already set), so a DATABASE_URL or NEXTAUTH_SECRET kept in `.env` also reaches the scripts that
// run before or beside Next: choosing the database, migrations, seeding, the CLIs.
import nextEnv from "@next/env";

/** `dev` picks .env.development over .env.production; by default, unless NODE_ENV is "production". */
export function loadEnvFiles({ dev = process.env.NODE_ENV !== "production", dir = process.cwd() }: { dev?: boolean; dir?: string } = {}) {
  nextEnv.loadEnvConfig(dir, dev, { info: () => {}, error: console.error });
}
