// Parses question-set files in worker threads, so that a large import keeps the server answering
// (an upload of 10 MB used to hold the event loop for a minute) and uses every core. Shared by
// `npm run content:import`, the /admin/import dry run and apply, and the seed.
//
// The pool starts its workers on first use and keeps them for IDLE_MS, unreferenced while idle so
// that they never keep a command from exiting. Where no worker can start, files parse inline
// (with a message on stderr).
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import type { ImportSource } from "./import-limits";
import { type ParseOptions, type ParsedSource, parseSource } from "./parse-source";

/** Two on this 2-core machine; more cores help little once the database is the bottleneck. */
const MAX_WORKERS = 4;
/**
 * Smaller batches parse inline: a worker's start costs more than parsing them (the block parser
 * reads about 20 MB/s, so 128 KB holds the thread for a few milliseconds).
 */
const INLINE_BYTES = 128 * 1024;
const IDLE_MS = 30_000;

interface Task {
  source: ImportSource;
  options: ParseOptions;
  resolve: (result: ParsedSource) => void;
  reject: (error: Error) => void;
}

class ParsePool {
  private readonly size = Math.max(1, Math.min(availableParallelism(), MAX_WORKERS));
  private readonly idle: Worker[] = [];
  private readonly busy = new Map<Worker, Task>();
  private readonly queue: Task[] = [];
  private idleTimer: NodeJS.Timeout | null = null;

  run(source: ImportSource, options: ParseOptions): Promise<ParsedSource> {
    return new Promise((resolve, reject) => {
      this.queue.push({ source, options, resolve, reject });
      this.pump();
    });
  }

  private pump() {
    while (this.queue.length > 0) {
      if (this.broken) {
        const task = this.queue.shift()!;
        task.resolve(parseSource(task.source, task.options));
        continue;
      }
      const worker = this.idle.pop() ?? (this.idle.length + this.busy.size < this.size ? this.spawn() : null);
      if (!worker) return;
      const task = this.queue.shift()!;
      this.busy.set(worker, task);
      worker.ref();
      worker.postMessage({ source: task.source, options: task.options });
    }
    this.scheduleIdleShutdown();
  }

  /** Set when a worker cannot start: from then on, files parse inline. */
  private broken = false;
  /** Workers whose modules loaded (they said "ready"). */
  private readonly ready = new WeakSet<Worker>();

  private spawn(): Worker | null {
    let worker: Worker;
    try {
      // In Next's server (NEXT_RUNTIME is set), Turbopack compiles this form into a worker entry
      // (vercel/next.js#93432). From source (tsx, Vitest) the worker registers tsx's loader itself
      // before loading the TypeScript: Node does not pass a loader given with --import on to
      // worker threads. (That URL is built from a string: as `new URL("./x.ts", import.meta.url)`
      // Turbopack would publish the source file as a static asset.)
      worker = process.env.NEXT_RUNTIME
        ? new Worker(new URL("./parse-worker.ts", import.meta.url))
        : new Worker(tsxBootstrap(import.meta.url.replace(/parse-pool\.ts$/, "parse-worker.ts")), { eval: true });
    } catch (error) {
      this.giveUp(error);
      return null;
    }
    worker.on("message", (result: ParsedSource | "ready") => {
      if (result === "ready") return void this.ready.add(worker);
      const task = this.busy.get(worker);
      this.busy.delete(worker);
      worker.unref();
      this.idle.push(worker);
      task?.resolve(result);
      this.pump();
    });
    const fail = (error: Error) => {
      const task = this.busy.get(worker);
      this.busy.delete(worker);
      const index = this.idle.indexOf(worker);
      if (index !== -1) this.idle.splice(index, 1);
      if (!this.ready.has(worker)) {
        // It never started: its task goes back to the queue, to be parsed inline.
        this.giveUp(error);
        if (task) this.queue.unshift(task);
      } else {
        task?.reject(error);
      }
      this.pump();
    };
    worker.on("error", fail);
    worker.on("exit", (code) => fail(new Error(`the parser's worker thread stopped (exit code ${code})`)));
    return worker;
  }

  private giveUp(error: unknown) {
    if (this.broken) return;
    this.broken = true;
    console.error(`Question-set files will be parsed on the main thread: no worker thread could start (${error instanceof Error ? error.message : String(error)}).`);
  }

  private scheduleIdleShutdown() {
    if (this.idleTimer) clearTimeout(this.idleTimer);
    if (this.busy.size > 0 || this.idle.length === 0) return;
    this.idleTimer = setTimeout(() => {
      for (const worker of this.idle.splice(0)) void worker.terminate();
    }, IDLE_MS);
    this.idleTimer.unref();
  }
}

/** Worker code that loads the TypeScript module at `url` through tsx. */
function tsxBootstrap(url: string): string {
  const api = ["tsx", "esm", "api"].join("/"); // out of reach of the bundler's tracing
  return `import(${JSON.stringify(api)}).then(({ register }) => { register(); return import(${JSON.stringify(url)}); });`;
}

let pool: ParsePool | null = null;

/**
 * Each source parsed (in input order), in worker threads. A file whose worker fails (it ran out
 * of memory, say) gets an error at its line 1 rather than failing the batch.
 */
export async function parseSources(sources: readonly ImportSource[], options: ParseOptions, onProgress?: (done: number, total: number) => void): Promise<ParsedSource[]> {
  let done = 0;
  onProgress?.(0, sources.length);
  const settle = (result: ParsedSource) => {
    onProgress?.(++done, sources.length);
    return result;
  };
  if (sources.reduce((sum, source) => sum + source.bytes.byteLength, 0) <= INLINE_BYTES) {
    return sources.map((source) => settle(parseSource(source, options)));
  }
  const running = (pool ??= new ParsePool());
  return Promise.all(
    sources.map((source) =>
      running.run(source, options).then(settle, (error: Error) =>
        settle({ sourcePath: source.sourcePath, set: null, hash: "", errors: [{ file: source.sourcePath, line: 1, message: `could not parse this file (internal error: ${error.message})` }] }),
      ),
    ),
  );
}
