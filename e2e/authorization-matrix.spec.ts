import { type APIRequestContext, type APIResponse } from "@playwright/test";
import { expect, test } from "./fixtures";
import {
  httpEntryName,
  PAGES,
  ROLES,
  ROUTE_HANDLERS,
  secrecyExpectations,
  SIGN_IN,
  type HttpEntry,
  type HttpOutcome,
  type MatrixFixtures,
  type MatrixRole,
} from "../tests/authorization-matrix";
import { readMatrixFixtures, ROLE_SESSIONS } from "./matrix-fixtures";

// Every page and route handler of tests/authorization-matrix.ts, requested as each kind of user
// from the production server, redirects not followed. The completeness of the matrix is checked
// by tests/authorization-matrix.test.ts. Each answer is also checked for panel secrecy: no marker
// of a scorecard that user may not read, in the HTML or file, nor in the page's RSC payload (what
// a client-side navigation fetches, with the `RSC: 1` header).

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

/** The page's React Server Components payload, as the client router fetches it on navigation. */
async function rscPayload(context: APIRequestContext, url: string) {
  let response = await context.get(url, { headers: { RSC: "1" }, maxRedirects: 0 });
  // Next.js redirects an RSC request without the cache-busting `_rsc` parameter its router adds
  // (validateRSCRequestHeaders, next/dist/server/base-server.js) to the URL that has it.
  const location = response.headers()["location"];
  if (response.status() === 307 && location && new URL(location, "http://localhost").searchParams.has("_rsc")) {
    response = await context.get(location, { headers: { RSC: "1" }, maxRedirects: 0 });
  }
  expect(response.status(), `RSC payload of ${url}`).toBe(200);
  expect(response.headers()["content-type"], `RSC payload of ${url}`).toContain("text/x-component");
  return response.text();
}

/** Panel secrecy for one 200 answer: what it may not and must contain (secrecyExpectations). */
function secrecyProblems(entry: HttpEntry, role: MatrixRole, bodies: Record<string, string>) {
  const { hidden, required } = secrecyExpectations(entry, role, fixtures);
  const problems: string[] = [];
  for (const [kind, body] of Object.entries(bodies)) for (const text of hidden) if (body.includes(text)) problems.push(`${role} ${kind} contains "${text}"`);
  for (const text of required) if (!(bodies.body ?? "").includes(text)) problems.push(`${role} answer lacks "${text}"`);
  return problems;
}

for (const entry of [...PAGES, ...ROUTE_HANDLERS]) {
  test(httpEntryName(entry), async ({ playwright, baseURL }) => {
    const outcomes = {} as Record<MatrixRole, HttpOutcome | string>;
    const shownTo: MatrixRole[] = [];
    const secrecy: string[] = [];
    for (const role of ROLES) {
      const context = await playwright.request.newContext({ baseURL, storageState: ROLE_SESSIONS[role] });
      try {
        const response = await context.fetch(entry.url(fixtures), { method: entry.method, data: entry.body?.(fixtures, role), maxRedirects: 0 });
        outcomes[role] = await outcomeOf(response);
        if (response.status() !== 200) continue;
        const body = await response.text();
        if (entry.shows && body.includes(entry.shows.text(fixtures))) shownTo.push(role);
        const isPage = PAGES.includes(entry);
        secrecy.push(...secrecyProblems(entry, role, { body, ...(isPage ? { "RSC payload": await rscPayload(context, entry.url(fixtures)) } : {}) }));
      } finally {
        await context.dispose();
      }
    }
    expect(outcomes).toEqual(entry.expect);
    if (entry.shows) expect(shownTo, `who is shown "${entry.shows.text(fixtures)}"`).toEqual(entry.shows.to);
    expect(secrecy, "panel secrecy").toEqual([]);
  });
}
