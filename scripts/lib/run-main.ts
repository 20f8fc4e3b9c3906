import { pathToFileURL } from "node:url";

/** Runs `main` when the file is executed directly (not imported), printing errors without a stack. */
export function runMain(moduleUrl: string, main: () => Promise<number | void>) {
  const entry = process.argv[1];
  if (!entry || moduleUrl !== pathToFileURL(entry).href) return;
  main().then(
    (code) => process.exit(code ?? 0),
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exit(1);
    },
  );
}
