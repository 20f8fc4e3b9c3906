// The app's HTTP server, for `npm run dev` (`server.ts dev`) and `npm start` (`server.ts start`):
// Next.js's own request handler behind one small step that runs at the socket, where the
// client's real address is still known: it decides which forwarded headers to believe
// (lib/http/forwarded.ts, TRUSTED_PROXY_HOPS). `next start` cannot do this: it keeps a client's
// X-Forwarded-For as sent and only fills it from the socket when it is missing.
// Custom server: https://nextjs.org/docs/app/guides/custom-server
import { createServer } from "node:http";
import { networkInterfaces } from "node:os";
import next from "next";
import { normaliseForwardedHeaders, trustedProxyHops } from "../lib/http/forwarded";
import { startServerJobs } from "./lib/server-jobs";
import { parseServerArgs } from "./lib/server-args";

/** The addresses a person can open, as `next dev` prints them ("Local", "Network"). */
function addresses(port: number, hostname: string | undefined) {
  if (hostname && hostname !== "0.0.0.0" && hostname !== "::") return [`http://${hostname}:${port}`];
  const network = Object.values(networkInterfaces())
    .flat()
    .find((item) => item && item.family === "IPv4" && !item.internal)?.address;
  return [`http://localhost:${port}`, ...(network ? [`http://${network}:${port}`] : [])];
}

async function main() {
  const { dev, port, hostname } = parseServerArgs(process.argv.slice(2));
  const hops = trustedProxyHops(process.env.TRUSTED_PROXY_HOPS);
  // Without a configured public URL, next-auth builds its redirects from the request's host. That
  // is safe only because the step below has already dropped forwarded hosts nobody trusts.
  if (!process.env.NEXTAUTH_URL) process.env.AUTH_TRUST_HOST = "true";

  const app = next({ dev, hostname: hostname ?? "localhost", port });
  const handle = app.getRequestHandler();
  await app.prepare();
  const upgrade = app.getUpgradeHandler();
  // The background worker (reminders, emails) runs in this process, once per process.
  const jobs = await startServerJobs({ dev, port });

  const server = createServer((request, response) => {
    normaliseForwardedHeaders(request.headers, request.socket.remoteAddress, hops);
    void handle(request, response);
  });
  // Development's hot reload runs over WebSocket upgrades.
  server.on("upgrade", (request, socket, head) => {
    normaliseForwardedHeaders(request.headers, request.socket.remoteAddress, hops);
    void upgrade(request, socket, head);
  });
  server.listen(port, hostname, () => {
    const [local, ...network] = addresses(port, hostname);
    console.log(`▲ Interview Bank${dev ? " (development)" : ""}\n  - Local:   ${local}${network.map((url) => `\n  - Network: ${url}`).join("")}`);
    if (hops > 0) console.log(`  - Trusting ${hops} proxy hop${hops === 1 ? "" : "s"} for client addresses (TRUSTED_PROXY_HOPS)`);
    console.log(" ✓ Ready");
  });

  let closing = false;
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.on(signal, () => {
      if (closing) process.exit(1);
      closing = true;
      // Finish requests in flight (an autosave mid-write), then stop.
      server.close(
        () =>
          void jobs
            .stop()
            .then(() => app.close())
            .finally(() => process.exit(0)),
      );
      setTimeout(() => process.exit(0), 10_000).unref();
      server.closeIdleConnections();
    });
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
