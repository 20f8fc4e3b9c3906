import { afterEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { readJsonBody, refuseCrossSite } from "./json-request";

// Next.js builds request.url from its own hostname ("localhost") whatever the browser used; the
// Host header is what says which address the request arrived at.
const post = (body: string, origin?: string, host = "app.test") =>
  new Request("http://localhost:3000/api/x", { method: "POST", body, headers: { "Content-Type": "application/json", Host: host, ...(origin ? { Origin: origin } : {}) } });

describe("refuseCrossSite", () => {
  it("lets same-origin and origin-less requests through and refuses other sites", async () => {
    expect(refuseCrossSite(post("{}"))).toBeNull();
    expect(refuseCrossSite(post("{}", "http://app.test"))).toBeNull();
    expect(refuseCrossSite(post("{}", "http://127.0.0.2:3000", "127.0.0.2:3000"))).toBeNull();
    expect(refuseCrossSite(post("{}", "null"))?.status).toBe(403);
    expect(refuseCrossSite(post("{}", "http://localhost:3000", "127.0.0.1:3000"))?.status).toBe(403);
    const refused = refuseCrossSite(post("{}", "https://evil.example"));
    expect(refused?.status).toBe(403);
    expect(await refused?.json()).toEqual({ status: "rejected", reason: "cross-site", acceptedOrigin: null, message: "Cross-site request refused." });
  });
});

describe("refuseCrossSite's answer", () => {
  afterEach(() => vi.unstubAllEnvs());

  it("names the configured public address, so the page can tell the person where to go", async () => {
    vi.stubEnv("NEXTAUTH_URL", "https://interviews.example.com/app");
    const refused = refuseCrossSite(post("{}", "http://10.0.0.5:3000", "internal:3000"));
    expect(await refused?.json()).toMatchObject({ reason: "cross-site", acceptedOrigin: "https://interviews.example.com" });
    // The configured address itself is accepted even when the Host header says otherwise.
    expect(refuseCrossSite(post("{}", "https://interviews.example.com", "internal:3000"))).toBeNull();
  });
});

describe("readJsonBody", () => {
  const schema = z.object({ rating: z.number().int().min(1).max(4) });

  it("returns the validated data", async () => {
    expect(await readJsonBody(post('{"rating":3}'), schema)).toEqual({ data: { rating: 3 } });
  });

  it("answers 400 'rejected' for a body that is not JSON or does not fit the schema", async () => {
    for (const body of ["not json", '{"rating":9}']) {
      const result = await readJsonBody(post(body), schema);
      expect("response" in result && result.response.status).toBe(400);
      if ("response" in result) expect(await result.response.json()).toMatchObject({ status: "rejected" });
    }
  });
});
