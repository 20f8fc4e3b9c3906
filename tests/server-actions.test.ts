// Every server action is made by authedAction (lib/auth/authed-action.ts), so none can forget to
// ask who is calling or to parse what they sent. A "use server" file exports nothing written by
// hand: `export async function` there would be a callable endpoint with no guard in front of it.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = path.resolve(import.meta.dirname, "..");

function serverActionFiles() {
  return ["app", "components", "lib"].flatMap((folder) =>
    readdirSync(path.join(ROOT, folder), { recursive: true, encoding: "utf8" })
      .filter((file) => /\.tsx?$/.test(file) && !file.includes("generated"))
      .map((file) => path.join(folder, file))
      .filter((file) => /^\s*["']use server["']/m.test(readFileSync(path.join(ROOT, file), "utf8"))),
  );
}

/** What a server-action file exports that is not a type, made by authedAction, an alias of one that is, or a member of a group of them (orderedListActions). */
function unguardedExports(source: string): string[] {
  const made = new Set<string>();
  const found: string[] = [];
  for (const match of source.matchAll(/^export\s+(?:(async\s+)?function\s+(\w+)|const\s+(\w+)\s*=\s*([\w.]+))/gm)) {
    const [, , functionName, constName = "", value = ""] = match;
    if (functionName) found.push(functionName);
    else if (value === "authedAction") made.add(constName);
    else if (!value.includes(".") && !made.has(value)) found.push(constName);
  }
  for (const match of source.matchAll(/^export\s+(?:default|\{)/gm)) found.push(match[0]);
  return found;
}

describe("server actions", () => {
  it("finds the action files (a broken search would pass everything)", () => {
    expect(serverActionFiles()).toEqual(expect.arrayContaining(["lib/scheduling/actions.ts", "lib/content/actions.ts", "lib/candidates/actions.ts"]));
  });

  it("are all made by authedAction", () => {
    const unguarded = serverActionFiles().flatMap((file) => unguardedExports(readFileSync(path.join(ROOT, file), "utf8")).map((name) => `${file}: ${name}`));
    expect(unguarded).toEqual([]);
  });

  it("the check sees a hand-written action, a re-export and a default export", () => {
    const source = [
      "export const ok = authedAction(ALL, form(schema), async () => ({}));",
      "export const alias = ok;",
      "export const grouped = questions.add;",
      "export async function bare(_previous, formData) {}",
      "export function sync() {}",
      "export const other = makeAction;",
      "export { bare as renamed };",
      "export default bare;",
    ].join("\n");
    expect(unguardedExports(source)).toEqual(["bare", "sync", "other", "export {", "export default"]);
  });
});
