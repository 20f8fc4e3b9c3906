import { afterEach, describe, expect, it, vi } from "vitest";

// lib/env reads process.env once at import, so each case loads the module afresh.
async function loadOptions(env: Record<string, string>) {
  vi.resetModules();
  for (const [key, value] of Object.entries(env)) vi.stubEnv(key, value);
  vi.stubEnv("DATABASE_URL", "postgresql://unused@127.0.0.1:1/none");
  return import("./options");
}

afterEach(() => vi.unstubAllEnvs());

describe("sign-in providers", () => {
  it("offers only email and password when no OAuth settings are given", async () => {
    const { authOptions, enabledOAuthProviders } = await loadOptions({ GITHUB_ID: "", OIDC_ISSUER: "" });
    expect(authOptions.providers.map((provider) => provider.id)).toEqual(["credentials"]);
    expect(enabledOAuthProviders()).toEqual([]);
  });

  it("switches on GitHub and a generic OpenID Connect provider from their settings", async () => {
    const { authOptions, enabledOAuthProviders } = await loadOptions({
      GITHUB_ID: "gh-id",
      GITHUB_SECRET: "gh-secret",
      OIDC_ISSUER: "https://login.example.com/",
      OIDC_CLIENT_ID: "oidc-id",
      OIDC_CLIENT_SECRET: "oidc-secret",
      OIDC_NAME: "Example SSO",
    });
    expect(enabledOAuthProviders()).toEqual([
      { id: "github", name: "GitHub" },
      { id: "oidc", name: "Example SSO" },
    ]);
    const oidc = authOptions.providers.find((provider) => provider.id === "oidc") as { wellKnown?: string };
    expect(oidc.wellKnown).toBe("https://login.example.com/.well-known/openid-configuration");
  });

  it("needs both halves of a provider's credentials", async () => {
    const { enabledOAuthProviders } = await loadOptions({ GITHUB_ID: "gh-id", GITHUB_SECRET: "", OIDC_ISSUER: "" });
    expect(enabledOAuthProviders()).toEqual([]);
  });
});

describe("environment", () => {
  it("refuses to run in production without NEXTAUTH_SECRET", async () => {
    vi.resetModules();
    vi.stubEnv("NODE_ENV", "production");
    vi.stubEnv("NEXTAUTH_SECRET", "");
    vi.stubEnv("DATABASE_URL", "postgresql://unused@127.0.0.1:1/none");
    await expect(import("../env")).rejects.toThrow(/NEXTAUTH_SECRET: is required in production/);
  });
});

describe("session cookies", () => {
  // next-auth makes its cookies Secure (with __Secure-/__Host- names) exactly when this is true;
  // they are always httpOnly and SameSite=Lax (checked in e2e/security-headers.spec.ts).
  it("are Secure when the app is served over https, and only then", async () => {
    expect((await loadOptions({ NEXTAUTH_URL: "https://interviews.example.com" })).authOptions.useSecureCookies).toBe(true);
    expect((await loadOptions({ NEXTAUTH_URL: "http://localhost:3000" })).authOptions.useSecureCookies).toBe(false);
    expect((await loadOptions({ NEXTAUTH_URL: "" })).authOptions.useSecureCookies).toBe(false);
  });
});

describe("next-auth redirects (sign-in, sign-out, OAuth callbacks)", () => {
  it("follow only paths of the app's own origin; every known open-redirect payload goes home", async () => {
    const { OPEN_REDIRECT_PAYLOADS, APP_ORIGIN } = await import("../../tests/open-redirect-payloads");
    const { authOptions } = await loadOptions({});
    const baseUrl = "http://localhost:3000";
    const redirect = (url: string) => authOptions.callbacks!.redirect!({ url, baseUrl });
    for (const payload of OPEN_REDIRECT_PAYLOADS) {
      expect(await redirect(payload.replaceAll(APP_ORIGIN, baseUrl)), JSON.stringify(payload)).toBe(`${baseUrl}/`);
    }
    expect(await redirect("/sign-in?signedOut=everywhere")).toBe(`${baseUrl}/sign-in?signedOut=everywhere`);
    expect(await redirect(`${baseUrl}/candidates/cm1?tab=notes`)).toBe(`${baseUrl}/candidates/cm1?tab=notes`);
    expect(await redirect(baseUrl)).toBe(`${baseUrl}/`);
  });
});
