import { expect, test, type APIResponse } from "@playwright/test";
import { httpEntryName, PAGES, ROLES, ROUTE_HANDLERS, SIGN_IN, type HttpOutcome, type MatrixFixtures, type MatrixRole } from "../tests/authorization-matrix";
import { readMatrixFixtures, ROLE_SESSIONS } from "./matrix-fixtures";

// Every page and route handler of tests/authorization-matrix.ts, requested as each kind of user
// from the production server, redirects not followed. The completeness of the matrix is checked
// by tests/authorization-matrix.test.ts.

let fixtures: MatrixFixtures;
test.beforeAll(async () => {
  fixtures = await readMatrixFixtures();
});

/** What the response amounts to, in the matrix's terms; a page streamed with 200 says so. */
async function outcomeOf(response: APIResponse): Promise<HttpOutcome | string> {
  const status = response.status();
  if (status >= 300 && status < 400) {
    const target = new URL(response.headers()["location"] ?? "", "http://localhost").pathname;
    return target === "/sign-in" ? SIGN_IN : `redirect ${target}`;
  }
  if (status === 200 && (response.headers()["content-type"] ?? "").includes("text/html")) {
    // After a loading.tsx boundary has streamed, notFound() and redirect() can no longer set the status.
    const html = await response.text();
    if (html.includes(">Page not found</h1>")) return "404 page streamed with status 200";
    if (html.includes("__next-page-redirect")) return "redirect streamed with status 200";
  }
  return status;
}

for (const entry of [...PAGES, ...ROUTE_HANDLERS]) {
  test(httpEntryName(entry), async ({ playwright, baseURL }) => {
    const outcomes = {} as Record<MatrixRole, HttpOutcome | string>;
    const shownTo: MatrixRole[] = [];
    for (const role of ROLES) {
      const context = await playwright.request.newContext({ baseURL, storageState: ROLE_SESSIONS[role] });
      try {
        const response = await context.fetch(entry.url(fixtures), { method: entry.method, data: entry.body?.(fixtures, role), maxRedirects: 0 });
        outcomes[role] = await outcomeOf(response);
        if (entry.shows && response.status() === 200 && (await response.text()).includes(entry.shows.text(fixtures))) shownTo.push(role);
      } finally {
        await context.dispose();
      }
    }
    expect(outcomes).toEqual(entry.expect);
    if (entry.shows) expect(shownTo, `who is shown "${entry.shows.text(fixtures)}"`).toEqual(entry.shows.to);
  });
}
