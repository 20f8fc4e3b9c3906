// `npm run bench`: every benchmark, on its own embedded PostgreSQL (or BENCH_DATABASE_URL's server),
// printing JSON lines on stdout and a table on stderr. BENCH_ONLY=import,hostile,search,compare,merge,
// bundle,autosave,load,lighthouse,upload,home runs a subset; home has a production server of its own.
// Lighthouse is its own package, installed on first use (scripts/bench/lighthouse).
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { seed } from "../../prisma/seed";
import { DEFAULT_PG_PORTS, externalOrEmbedded } from "../lib/local-database";
import { benchAutosave, benchLoad, prepareWriters } from "./autosave-bench";
import { benchCompare } from "./compare-bench";
import { benchImport, benchSearch, migratedDatabase } from "./bank-bench";
import { benchFirstLoadJs } from "./first-load-js";
import { benchHostile } from "./hostile-bench";
import { benchHome } from "./home-bench";
import { benchMerge } from "./merge-bench";
import { startProductionServer, type ProductionServer } from "./production-server";
import { printTable, progress } from "./report";
import { benchUpload } from "./upload-bench";

/**
 * Lighthouse lives in its own small package (scripts/bench/lighthouse), installed on first use:
 * the app's `npm ci` stays free of it.
 */
async function loadLighthouseBench() {
  const folder = path.join(import.meta.dirname, "lighthouse");
  if (!existsSync(path.join(folder, "node_modules", "lighthouse"))) {
    progress("installing Lighthouse for the benchmark (once)");
    const result = spawnSync("npm", ["ci", "--no-audit", "--no-fund"], { cwd: folder, stdio: "inherit" });
    if (result.status !== 0) throw new Error(`npm ci in ${folder} failed`);
  }
  // A computed specifier keeps TypeScript from checking the folder before it is installed.
  const specifier = "./lighthouse/lighthouse-bench.ts";
  return (await import(specifier)) as {
    benchLighthouse(server: ProductionServer, pages: { name: string; path: string; cookie?: string }[]): Promise<void>;
  };
}

const only = process.env.BENCH_ONLY?.split(",");
const wanted = (name: string) => !only || only.includes(name);

const server = await externalOrEmbedded(process.env.BENCH_DATABASE_URL, {
  dataDir: ".data/bench-postgres",
  port: Number(process.env.BENCH_PG_PORT ?? DEFAULT_PG_PORTS.bench),
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
  if (wanted("hostile")) {
    progress("hostile-input benchmark");
    await benchHostile();
  }
  if (wanted("search")) {
    progress("search benchmark");
    await benchSearch(cluster, Number(process.env.BENCH_SEARCH_QUESTIONS ?? 100_000));
  }
  if (wanted("compare")) {
    progress("comparison benchmark");
    await benchCompare(await cluster.database("bench_compare", process.env.BENCH_REUSE === "1"));
  }
  if (wanted("merge")) {
    progress("two-tab merge benchmark");
    benchMerge();
  }
  if (wanted("home")) {
    progress("home and candidates list benchmark");
    const databaseUrl = await cluster.database("bench_home");
    await seed(databaseUrl, { demoAccounts: false, paths: ["content/questions"], log: () => {} });
    const app = await startProductionServer(databaseUrl);
    try {
      await benchHome(app, databaseUrl);
    } finally {
      await app.stop();
    }
  }
  if (wanted("autosave") || wanted("load") || wanted("lighthouse") || wanted("upload")) {
    const databaseUrl = await cluster.database("bench_autosave");
    await seed(databaseUrl, { demoAccounts: true, paths: ["content/questions"], log: () => {} });
    // Builds first (unless BENCH_SKIP_BUILD=1), so the bundle sizes below are of this build.
    const app = await startProductionServer(databaseUrl);
    try {
      if (wanted("bundle")) benchFirstLoadJs();
      if (wanted("autosave")) {
        progress("autosave benchmark");
        await benchAutosave(app, databaseUrl);
      }
      if (wanted("load")) {
        progress("load benchmark");
        await benchLoad(app, databaseUrl);
      }
      if (wanted("lighthouse")) {
        progress("lighthouse");
        const { benchLighthouse } = await loadLighthouseBench();
        const [writer] = await prepareWriters(app, databaseUrl, 1);
        // BENCH_LIGHTHOUSE_PAGES=bank,score measures only those (the floor always).
        const only = process.env.BENCH_LIGHTHOUSE_PAGES?.split(",");
        const pages = [
          { name: "bank", path: "/bank", cookie: writer!.cookie },
          { name: "score", path: `/interviews/${writer!.interviewId}/score`, cookie: writer!.cookie },
          { name: "practice", path: "/practice", cookie: writer!.cookie },
          { name: "practice_run", path: "/practice/run?count=10", cookie: writer!.cookie },
        ];
        await benchLighthouse(
          app,
          pages.filter((page) => !only || only.includes(page.name)),
        );
      }
      if (wanted("upload")) {
        progress("upload benchmark");
        await benchUpload(app, databaseUrl);
      }
    } finally {
      await app.stop();
    }
  } else if (wanted("bundle")) {
    benchFirstLoadJs();
  }
  printTable();
} finally {
  await server.stop();
}
