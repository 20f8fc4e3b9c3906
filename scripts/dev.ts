// `npm run dev`: embedded PostgreSQL (unless DATABASE_URL is set) → migrations → seed → next dev.
import { prepareDatabase } from "./lib/prepare-database";
import { runNext } from "./lib/run-next";
import { loadEnvFiles } from "./lib/load-env-files";

loadEnvFiles({ dev: true });

const database = await prepareDatabase({ seed: true, demoAccounts: true });
runNext(["dev", ...process.argv.slice(2)], database);
