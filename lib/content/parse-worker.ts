// A worker thread of the parse pool (parse-pool.ts): parses the files it is sent, one at a time.
import { parentPort } from "node:worker_threads";
import type { ImportSource } from "./import-limits";
import { type ParseOptions, parseSource } from "./parse-source";

// Imports are loaded by now: a worker that fails later failed on a file, not on starting.
parentPort!.postMessage("ready");
parentPort!.on("message", ({ source, options }: { source: ImportSource; options: ParseOptions }) => {
  parentPort!.postMessage(parseSource(source, options));
});
