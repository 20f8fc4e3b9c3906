// Sign-in over plain HTTP from a chosen client address, as a script would attack it: each request
// leaves from `from` (any 127.x.y.z is this machine, so the server's socket really sees that
// address), with whatever headers the attacker likes. A browser cannot choose its address.
import http from "node:http";
import { randomInt } from "node:crypto";

export interface Reply {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/** The e2e server, reached over IPv4 so a 127.x.y.z source address can be used. */
export function ipv4Url(baseURL: string) {
  const url = new URL(baseURL);
  url.hostname = "127.0.0.1";
  return url.origin;
}

/** A loopback address no other test uses, so its sign-in counts start from nothing. */
export function freshLoopbackAddress() {
  return `127.${randomInt(1, 255)}.${randomInt(0, 256)}.${randomInt(1, 255)}`;
}

export function request(url: string, options: { from: string; method?: string; headers?: Record<string, string>; body?: string }): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const outgoing = http.request(url, { method: options.method ?? "GET", headers: options.headers, localAddress: options.from, agent: false }, (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("end", () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks).toString() }));
      response.on("error", reject);
    });
    outgoing.on("error", reject);
    outgoing.end(options.body);
  });
}

function cookies(reply: Reply) {
  return (reply.headers["set-cookie"] ?? []).map((line) => line.split(";")[0]!);
}

/** A CSRF token and its cookie, as next-auth's client fetches them before posting credentials. */
export async function csrf(origin: string, from: string) {
  const reply = await request(`${origin}/api/auth/csrf`, { from });
  return { token: (JSON.parse(reply.body) as { csrfToken: string }).csrfToken, cookie: cookies(reply).join("; ") };
}

/**
 * Posts an email and password to next-auth's credentials endpoint, as the sign-in form does.
 * "signed in" when a session cookie came back, else the error code next-auth redirects with
 * ("CredentialsSignin", "TooManyAttempts").
 */
export async function postCredentials(
  origin: string,
  { email, password, from, headers = {}, token }: { email: string; password: string; from: string; headers?: Record<string, string>; token: { token: string; cookie: string } },
) {
  const reply = await request(`${origin}/api/auth/callback/credentials`, {
    from,
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded", Cookie: token.cookie, ...headers },
    body: new URLSearchParams({ csrfToken: token.token, email, password, json: "true" }).toString(),
  });
  if (cookies(reply).some((cookie) => /next-auth\.session-token=./.test(cookie))) return "signed in";
  const { url } = JSON.parse(reply.body) as { url: string };
  return new URL(url).searchParams.get("error") ?? `no error in ${url}`;
}

/** How many times each outcome came back. */
export function tally(outcomes: string[]) {
  const counts: Record<string, number> = {};
  for (const outcome of outcomes) counts[outcome] = (counts[outcome] ?? 0) + 1;
  return counts;
}
