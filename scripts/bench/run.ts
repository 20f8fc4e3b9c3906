// `npm run bench`: every benchmark, on its own embedded PostgreSQL (or BENCH_DATABASE_URL's server),
// printing JSON lines on stdout and a table on stderr. BENCH_ONLY=import,search,compare,autosave runs a subset.
import { externalOrEmbedded } from "../lib/local-database";
import { benchAutosave } from "./autosave-bench";
import { benchCompare } from "./compare-bench";
import { benchImport, benchSearch, migratedDatabase } from "./bank-bench";
import { printTable, progress } from "./report";

const only = process.env.BENCH_ONLY?.split(",");
const wanted = (name: string) => !only || only.includes(name);

const server = await externalOrEmbedded(process.env.BENCH_DATABASE_URL, {
  dataDir: ".data/bench-postgres",
  port: Number(process.env.BENCH_PG_PORT ?? 54333),
  database: "postgres",
  // A production server is given memory for its working set; PostgreSQL's default is 128 MB.
  settings: { shared_buffers: "1GB" },
});
const cluster = { database: (name: string, keep?: boolean) => migratedDatabase(server.url, name, keep) };

try {
  if (wanted("import")) {
    progress("import benchmark");
    await benchImport(cluster);
  }
  if (wanted("search")) {
    progress("search benchmark");
    await benchSearch(cluster, Number(process.env.BENCH_SEARCH_QUESTIONS ?? 100_000));
  }
  if (wanted("compare")) {
    progress("comparison benchmark");
    await benchCompare(await cluster.database("bench_compare"));
  }
  if (wanted("autosave")) {
    progress("autosave benchmark");
    await benchAutosave(await cluster.database("bench_autosave"));
  }
  printTable();
} finally {
  await server.stop();
}
