import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, createNonce, pageSecurityHeaders } from "./security-headers";

/** The policy as { directive: sources }. */
function parse(policy: string) {
  return Object.fromEntries(
    policy.split(";").map((part) => {
      const [name, ...values] = part.trim().split(/\s+/);
      return [name!, values];
    }),
  );
}

const production = { nonce: "abc123==", development: false, https: true };

describe("contentSecurityPolicy", () => {
  it("allows scripts only by nonce (with strict-dynamic), never inline or eval, in production", () => {
    const policy = parse(contentSecurityPolicy(production));
    expect(policy["script-src"]).toEqual(["'self'", "'nonce-abc123=='", "'strict-dynamic'"]);
    expect(contentSecurityPolicy(production)).not.toMatch(/unsafe-eval/);
  });

  it("needs the nonce for <style> elements and allows style attributes", () => {
    const policy = parse(contentSecurityPolicy(production));
    expect(policy["style-src-elem"]).toEqual(["'self'", "'nonce-abc123=='"]);
    expect(policy["style-src-attr"]).toEqual(["'unsafe-inline'"]);
  });

  it("refuses framing, plugins, foreign forms and base URLs", () => {
    const policy = parse(contentSecurityPolicy(production));
    expect(policy["frame-ancestors"]).toEqual(["'none'"]);
    expect(policy["object-src"]).toEqual(["'none'"]);
    expect(policy["form-action"]).toEqual(["'self'"]);
    expect(policy["base-uri"]).toEqual(["'self'"]);
    expect(policy["default-src"]).toEqual(["'self'"]);
    expect(policy["worker-src"]).toEqual(["'self'"]);
  });

  it("adds unsafe-eval and inline styles only in development", () => {
    const policy = parse(contentSecurityPolicy({ ...production, development: true }));
    expect(policy["script-src"]).toContain("'unsafe-eval'");
    expect(policy["script-src"]).not.toContain("'unsafe-inline'");
    expect(policy["style-src-elem"]).toContain("'unsafe-inline'");
  });

  it("upgrades insecure requests only when the app is served over https", () => {
    expect(parse(contentSecurityPolicy(production))).toHaveProperty("upgrade-insecure-requests");
    expect(parse(contentSecurityPolicy({ ...production, https: false }))).not.toHaveProperty("upgrade-insecure-requests");
  });
});

describe("pageSecurityHeaders", () => {
  it("sends Strict-Transport-Security only over https", () => {
    expect(pageSecurityHeaders(production)["Strict-Transport-Security"]).toBe("max-age=31536000");
    expect(pageSecurityHeaders({ ...production, https: false })).not.toHaveProperty("Strict-Transport-Security");
  });
});

describe("createNonce", () => {
  it("is 128 random bits in base64, different every time", () => {
    const nonces = new Set(Array.from({ length: 100 }, createNonce));
    expect(nonces.size).toBe(100);
    for (const nonce of nonces) expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
  });
});
