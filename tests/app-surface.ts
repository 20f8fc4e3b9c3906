// What the app exposes, read from the file system: pages, route handlers with their methods, and
// files of server actions. The authorization matrix test compares this with tests/authorization-matrix.ts.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

const ROOT = path.resolve(import.meta.dirname, "..");
const METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"] as const;

function walk(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const relative = path.posix.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "node_modules" || entry.name === "generated" ? [] : walk(relative);
    return [relative];
  });
}

/** app/(group)/candidates/[id]/page.tsx → "/candidates/[id]"; null for private (_folder) files. */
function routeOf(file: string) {
  const segments = path.posix.dirname(file).split("/").slice(1);
  if (segments.some((segment) => segment.startsWith("_"))) return null;
  const visible = segments.filter((segment) => !(segment.startsWith("(") && segment.endsWith(")")) && !segment.startsWith("@"));
  return `/${visible.join("/")}`;
}

export function listPages() {
  return walk("app")
    .filter((file) => /\/page\.(tsx|ts|jsx|js)$/.test(file))
    .flatMap((file) => {
      const route = routeOf(file);
      return route ? [{ file, route }] : [];
    });
}

/** The HTTP methods a route.ts exports, as functions, constants or `export { handler as GET }`. */
function exportedMethods(source: string) {
  const found = new Set<string>();
  for (const match of source.matchAll(/export\s+(?:async\s+)?(?:function\s+|const\s+|let\s+)(\w+)/g)) found.add(match[1]!);
  for (const match of source.matchAll(/export\s*\{([^}]*)\}/g)) {
    for (const item of match[1]!.split(","))
      found.add(
        item
          .trim()
          .split(/\s+as\s+/)
          .pop()!
          .trim(),
      );
  }
  return METHODS.filter((method) => found.has(method));
}

export function listRouteHandlers() {
  return walk("app")
    .filter((file) => /\/route\.(ts|js)$/.test(file))
    .flatMap((file) => {
      const route = routeOf(file);
      return route ? [{ file, route, methods: exportedMethods(readFileSync(path.join(ROOT, file), "utf8")) }] : [];
    });
}

const SOURCE = /\.(ts|tsx|js|jsx)$/;
const DIRECTIVE = /^(?:\s|\/\/[^\n]*\n|\/\*[\s\S]*?\*\/)*["']use server["']/;

function sources() {
  return ["app", "components", "lib"].flatMap(walk).filter((file) => SOURCE.test(file) && !/\.test\.tsx?$/.test(file));
}

/** Files whose first statement is "use server": each export is a server action. */
export function listServerActionFiles() {
  return sources().filter((file) => DIRECTIVE.test(readFileSync(path.join(ROOT, file), "utf8")));
}

/** Files with a "use server" inside a function: inline actions the matrix could not call. */
export function listInlineServerActions() {
  return sources().filter((file) => {
    const source = readFileSync(path.join(ROOT, file), "utf8");
    const occurrences = source.match(/["']use server["']/g)?.length ?? 0;
    return occurrences > (DIRECTIVE.test(source) ? 1 : 0);
  });
}

export function absolute(file: string) {
  return path.join(ROOT, file);
}
