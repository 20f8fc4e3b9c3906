// First-load JavaScript per route, from the production build (Turbopack prints no sizes).
// What a browser loads on a route's first visit is Next's root bundle (build-manifest.json
// `rootMainFiles`: React, the router, Turbopack's runtime) plus the chunks of every client
// component in that route's layouts, error boundaries and page (the route's client reference
// manifest, `entryJSFiles`). Each file is gzipped at zlib's default level, as `next start`
// compresses, and the sizes summed. The floor is the root bundle alone: any page's minimum.
// The legacy polyfill file (loaded with `nomodule`, so never by current browsers) is left out.
import { readFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { report } from "./report";

const ROUTES: { name: string; route: string }[] = [
  { name: "score", route: "/interviews/[id]/score" },
  { name: "bank", route: "/bank" },
  { name: "practice", route: "/practice" },
  { name: "practice_run", route: "/practice/run" },
  { name: "practice_progress", route: "/practice/progress" },
  { name: "compare", route: "/compare" },
];

export function benchFirstLoadJs(buildDir = ".next") {
  const manifest = JSON.parse(readFileSync(path.join(buildDir, "build-manifest.json"), "utf8")) as { rootMainFiles: string[] };
  const gzipKb = (files: Iterable<string>) => [...files].reduce((sum, file) => sum + gzipSync(readFileSync(path.join(buildDir, file))).length, 0) / 1024;
  const floor = gzipKb(manifest.rootMainFiles);
  for (const { name, route } of ROUTES) {
    const files = new Set([...manifest.rootMainFiles, ...routeChunks(buildDir, route)]);
    report({
      name: `first_load_js_${name}`,
      value: gzipKb(files),
      unit: "kB gzip",
      goal: ["score", "bank", "practice", "practice_run"].includes(name) ? "<= 150" : undefined,
      floor,
      note: `${route}: ${files.size} files; floor = Next.js and React alone`,
    });
  }
}

/** The JS chunks of a route's layouts, boundaries and page, from its client reference manifest. */
function routeChunks(buildDir: string, route: string): string[] {
  const file = path.join(buildDir, "server", "app", route, "page_client-reference-manifest.js");
  // The manifest is a script that assigns globalThis.__RSC_MANIFEST[page]; run it in a sandbox object.
  const sandbox: { __RSC_MANIFEST?: Record<string, { entryJSFiles: Record<string, string[]> }> } = {};
  new Function("globalThis", "self", readFileSync(file, "utf8"))(sandbox, sandbox);
  const entry = sandbox.__RSC_MANIFEST?.[`${route}/page`];
  if (!entry) throw new Error(`No client reference manifest for ${route} in ${file}`);
  return Object.values(entry.entryJSFiles).flat();
}
