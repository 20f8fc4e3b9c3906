import type { IncomingHttpHeaders } from "node:http";
import { describe, expect, it } from "vitest";
import { clientAddress, isSameOrigin, normaliseForwardedHeaders, requestHost, trustedProxyHops } from "./forwarded";

function normalised(headers: IncomingHttpHeaders, socket: string | undefined, hops: number) {
  const copy = { ...headers };
  normaliseForwardedHeaders(copy, socket, hops);
  return copy;
}

describe("trustedProxyHops", () => {
  it("reads 0 by default and refuses anything but a small whole number, naming the variable", () => {
    expect(trustedProxyHops(undefined)).toBe(0);
    expect(trustedProxyHops(" ")).toBe(0);
    expect(trustedProxyHops("2")).toBe(2);
    for (const bad of ["-1", "1.5", "true", "11", "0x1"]) expect(() => trustedProxyHops(bad)).toThrow(/TRUSTED_PROXY_HOPS/);
  });
});

describe("normaliseForwardedHeaders", () => {
  it("with no trusted proxy, takes the socket's address and drops whatever the client claimed", () => {
    const headers = normalised(
      {
        host: "127.0.0.2:3000",
        "x-forwarded-for": "203.0.113.9, 10.0.0.1",
        "x-forwarded-host": "evil.example",
        "x-forwarded-proto": "https",
        "x-real-ip": "1.2.3.4",
        forwarded: "for=1.2.3.4",
      },
      "::ffff:127.0.0.2",
      0,
    );
    expect(headers).toEqual({ host: "127.0.0.2:3000", "x-forwarded-for": "127.0.0.2" });
  });

  it("a client rotating X-Forwarded-For on each request still has one address", () => {
    const seen = new Set(["1.1.1.1", "2.2.2.2, 3.3.3.3", "", "unknown"].map((xff) => clientAddress(normalised({ "x-forwarded-for": xff }, "198.51.100.7", 0))));
    expect([...seen]).toEqual(["198.51.100.7"]);
  });

  it("behind one proxy, believes only the entry that proxy appended", () => {
    // nginx: proxy_add_x_forwarded_for appends $remote_addr to what the client sent.
    const headers = normalised(
      { host: "app.internal:3000", "x-forwarded-for": "6.6.6.6, 203.0.113.9", "x-forwarded-host": "hire.example.com", "x-forwarded-proto": "https" },
      "10.0.0.5",
      1,
    );
    expect(headers["x-forwarded-for"]).toBe("203.0.113.9");
    expect(headers["x-forwarded-host"]).toBe("hire.example.com");
    expect(headers["x-forwarded-proto"]).toBe("https");
  });

  it("behind two proxies, skips both; a request that bypassed them gets its first entry", () => {
    expect(normalised({ "x-forwarded-for": "6.6.6.6, 203.0.113.9, 10.0.0.9" }, "10.0.0.5", 2)["x-forwarded-for"]).toBe("203.0.113.9");
    expect(normalised({}, "10.0.0.5", 2)["x-forwarded-for"]).toBe("10.0.0.5");
  });

  it("joins a header sent twice before counting hops", () => {
    expect(normalised({ "x-forwarded-for": ["6.6.6.6", "203.0.113.9"] as unknown as string }, "10.0.0.5", 1)["x-forwarded-for"]).toBe("203.0.113.9");
  });
});

describe("isSameOrigin", () => {
  const at = (host: string, extra: Record<string, string> = {}) => new Headers({ host, ...extra });

  it("accepts the address the browser used, whichever loopback or LAN address it is", () => {
    for (const host of ["localhost:3000", "127.0.0.1:3000", "127.0.0.2:3000", "192.168.1.20:3000", "[::1]:3000"]) {
      expect(isSameOrigin(`http://${host}`, at(host), undefined)).toBe(true);
    }
  });

  it("accepts the configured public URL and a host a trusted proxy forwarded", () => {
    expect(isSameOrigin("https://hire.example.com", at("10.0.0.5:3000"), "https://hire.example.com/")).toBe(true);
    expect(isSameOrigin("https://hire.example.com", at("10.0.0.5:3000", { "x-forwarded-host": "hire.example.com" }), undefined)).toBe(true);
    expect(isSameOrigin("https://hire.example.com", at("hire.example.com:443"), undefined)).toBe(true);
  });

  it("refuses foreign, null, opaque and unparsable origins, and a different port", () => {
    for (const origin of ["https://evil.example", "null", "file://", "chrome-extension://abc", "not a url", "http://localhost:3001", "http://localhost.evil.example:3000"]) {
      expect(isSameOrigin(origin, at("localhost:3000"), "http://localhost:3000")).toBe(false);
    }
  });

  it("lets an Origin-less request through (same-origin GETs, non-browser clients)", () => {
    expect(isSameOrigin(null, at("localhost:3000"), undefined)).toBe(true);
  });

  it("compares hosts without regard to case", () => {
    expect(requestHost(at("App.Example.COM"))).toBe("app.example.com");
    expect(isSameOrigin("http://APP.example.com", at("app.EXAMPLE.com"), undefined)).toBe(true);
  });
});
