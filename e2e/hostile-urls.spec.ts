// Every page a URL can name, asked with each value of the hostile corpus (tests/hostile-input.ts)
// in its path and query: nothing answers with a server error. e2e/hostile-input.spec.ts stores the
// same corpus in every field and opens the pages that show it.
import { expect, test } from "./fixtures";
import { HOSTILE_INPUTS } from "../tests/hostile-input";
import { signInAs } from "./helpers";

test("hostile URLs never cause a server error", async ({ page }) => {
  test.setTimeout(300_000);
  await signInAs(page, "admin");
  // Percent-encoded as UTF-8 (a lone surrogate becomes U+FFFD); in queries also bytes that are not
  // UTF-8 at all. (In a path segment those get a 500 from Next.js itself before any of the app
  // runs: docs/security.md.)
  const encode = (text: string) => [...new TextEncoder().encode(text)].map((byte) => `%${byte.toString(16).padStart(2, "0")}`).join("");
  const inPath = [...HOSTILE_INPUTS.map((input) => encode(input.value)), "%00", encode("x".repeat(5000))];
  const inQuery = [...inPath, "%ED%A0%80", "%FF%FE"];
  const templates = [
    "/bank?q=$",
    "/bank?set=$&tag=$&competency=$&page=$",
    "/candidates?q=$",
    "/candidates/$",
    "/candidates/$/export",
    "/questions/$",
    "/questions/$/edit",
    "/questions/$/history",
    "/sets/$/questions/new",
    "/bank/export/$",
    "/interviews/$",
    "/interviews/$/score",
    "/interviews?status=$&page=$",
    "/interviews/new?candidate=$",
    "/plans/$",
    "/compare?c=$&c=other",
    "/compare/export?c=$&c=other",
    "/practice/run?ids=$",
    "/practice/run?set=$&tag=$&count=$",
    "/admin/audit?action=$&actor=$&page=$",
  ];
  const urls = templates.flatMap((template) => (template.includes("?") ? inQuery : inPath).map((value) => template.replaceAll("$", value)));
  // About 600 requests: eight at a time, as a handful of browser tabs would send them (one after
  // another took minutes of the suite).
  const failures: string[] = [];
  const queue = [...urls];
  await Promise.all(
    Array.from({ length: 8 }, async () => {
      for (let url = queue.shift(); url !== undefined; url = queue.shift()) {
        const response = await page.request.get(url, { maxRedirects: 0 });
        if (response.status() >= 500) failures.push(`${response.status()} ${url.slice(0, 120)}`);
      }
    }),
  );
  expect(urls.length).toBeGreaterThan(500);
  expect(failures).toEqual([]);
});
