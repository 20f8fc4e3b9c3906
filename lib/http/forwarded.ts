// Which forwarded headers to believe. Any client can send X-Forwarded-For, -Host and -Proto, so
// the app's server (scripts/server.ts) rewrites them once, at the socket, before Next.js or any
// code of ours reads them: with TRUSTED_PROXY_HOPS=0 (the default: nothing in front of the app)
// the client's own values are dropped and the socket's address and the Host header are used; with
// N trusted proxies, only the entries those N proxies appended are believed. Everything after the
// edge (sign-in throttling, the same-origin check, next-auth's redirects) can then read them as facts.
// The hop-counting rule is the one Express's `trust proxy` (a number) and nginx's real_ip module use.
import type { IncomingHttpHeaders } from "node:http";

export const MAX_TRUSTED_PROXY_HOPS = 10;

/** Parses TRUSTED_PROXY_HOPS (unset or empty means 0); throws a message naming the variable. */
export function trustedProxyHops(value: string | undefined): number {
  const text = value?.trim() ?? "";
  if (text === "") return 0;
  if (!/^\d+$/.test(text) || Number(text) > MAX_TRUSTED_PROXY_HOPS) {
    throw new Error(`TRUSTED_PROXY_HOPS must be a whole number from 0 to ${MAX_TRUSTED_PROXY_HOPS} (the proxies in front of the app), not "${value}".`);
  }
  return Number(text);
}

/** "::ffff:127.0.0.1" (an IPv4 client on a dual-stack socket) is 127.0.0.1. */
function plainAddress(address: string) {
  return address.replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/i, "");
}

/** Every comma-separated entry of a header that may arrive more than once. */
function entries(value: string | string[] | undefined): string[] {
  const values = Array.isArray(value) ? value : value === undefined ? [] : [value];
  return values
    .flatMap((item) => item.split(","))
    .map((item) => item.trim())
    .filter(Boolean);
}

/**
 * The entry written by the outermost trusted proxy: each of the `hops` proxies appends one entry,
 * so the last `hops` entries are theirs and anything before them came from the client. With fewer
 * entries than hops (a request that skipped a proxy) the first one is taken.
 */
function trustedEntry(list: string[], hops: number): string | undefined {
  if (list.length === 0) return undefined;
  return list[Math.max(0, list.length - hops)];
}

/**
 * Rewrites the forwarded headers of an incoming request in place, so that afterwards:
 * - `x-forwarded-for` is exactly one address, the client's as far as the trusted proxies know it;
 * - `x-forwarded-host` / `x-forwarded-proto` are present only when a trusted proxy set them
 *   (Next.js then fills them in from the Host header and the socket, as it does for `next start`);
 * - `x-real-ip` and `forwarded`, which nothing here trusts, are gone.
 */
export function normaliseForwardedHeaders(headers: IncomingHttpHeaders, socketAddress: string | undefined, hops: number) {
  const chain = [...entries(headers["x-forwarded-for"]), ...(socketAddress ? [socketAddress] : [])];
  // The socket is the last hop; the client is `hops` entries before it.
  const client = chain.length > 0 ? chain[Math.max(0, chain.length - 1 - hops)] : undefined;
  if (client) headers["x-forwarded-for"] = plainAddress(client);
  else delete headers["x-forwarded-for"];

  for (const name of ["x-forwarded-host", "x-forwarded-proto", "x-forwarded-port"] as const) {
    const value = hops > 0 ? trustedEntry(entries(headers[name]), hops) : undefined;
    if (value) headers[name] = value;
    else delete headers[name];
  }
  delete headers["x-real-ip"];
  delete headers["forwarded"];
}

type HeaderSource = Headers | Record<string, unknown> | undefined;

function header(headers: HeaderSource, name: string): string | undefined {
  if (!headers) return undefined;
  if (typeof (headers as Headers).get === "function") return (headers as Headers).get(name) ?? undefined;
  const value = (headers as Record<string, unknown>)[name];
  return typeof value === "string" ? value : Array.isArray(value) && typeof value[0] === "string" ? value[0] : undefined;
}

/** The client's address as the edge established it ("unknown" where no edge ran, e.g. a script). */
export function clientAddress(headers: HeaderSource): string {
  return header(headers, "x-forwarded-for")?.trim() || "unknown";
}

/**
 * The host (with port) the request arrived at: the one a trusted proxy forwarded, else the Host
 * header. Next.js compares server actions' Origin against the same value.
 */
export function requestHost(headers: HeaderSource): string | undefined {
  const host = (header(headers, "x-forwarded-host") ?? header(headers, "host"))?.trim().toLowerCase();
  // A browser's Origin never spells out a default port; some clients' Host does.
  return host?.replace(/:(80|443)$/, "") || undefined;
}

/** The configured public URL's host, if NEXTAUTH_URL is set and valid. */
export function publicHost(publicUrl: string | undefined = process.env.NEXTAUTH_URL): string | undefined {
  if (!publicUrl) return undefined;
  try {
    return new URL(publicUrl).host.toLowerCase();
  } catch {
    return undefined;
  }
}

/**
 * Whether a browser's Origin header names the site this request arrived at (or the configured
 * public URL). A missing Origin is a same-origin GET/HEAD or a non-browser client and passes;
 * "null" (sandboxed frames, file: pages, some redirects) and anything unparsable never do.
 */
export function isSameOrigin(origin: string | null | undefined, headers: HeaderSource, publicUrl = process.env.NEXTAUTH_URL): boolean {
  if (origin === null || origin === undefined) return true;
  let originHost: string;
  try {
    const parsed = new URL(origin);
    if (parsed.protocol !== "http:" && parsed.protocol !== "https:") return false;
    originHost = parsed.host.toLowerCase();
  } catch {
    return false;
  }
  return originHost === requestHost(headers) || originHost === publicHost(publicUrl);
}
