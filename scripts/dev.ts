// `npm run dev`: embedded PostgreSQL (unless DATABASE_URL is set) → migrations → seed → next dev,
// and, without SMTP_URL, a local mail catcher whose mail the app shows at /dev/mail.
import { startDevMailCatcher } from "./lib/dev-mail-catcher";
import { prepareDatabase } from "./lib/prepare-database";
import { runNext } from "./lib/run-next";
import { loadEnvFiles } from "./lib/load-env-files";

loadEnvFiles({ dev: true });

const [database, mail] = await Promise.all([prepareDatabase({ seed: true, demoAccounts: true }), startDevMailCatcher()]);
runNext(["dev", ...process.argv.slice(2)], database, mail);
