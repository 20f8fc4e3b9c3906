// Next.js 16 proxy (formerly middleware): every page gets a Content-Security-Policy with a fresh
// nonce. Next.js reads the nonce from the request's policy header and puts it on its own scripts;
// every page is rendered per request (the root layout reads cookies), so each response has its own.
import { NextResponse, type NextRequest } from "next/server";
import { createNonce, pageSecurityHeaders } from "@/lib/http/security-headers";

export function proxy(request: NextRequest) {
  const headers = pageSecurityHeaders({
    nonce: createNonce(),
    development: process.env.NODE_ENV === "development",
    https: process.env.NEXTAUTH_URL?.startsWith("https://") ?? false,
  });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("Content-Security-Policy", headers["Content-Security-Policy"]!);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  return response;
}

export const config = {
  matcher: [
    {
      // Pages only: API routes, Next's static files and public/ files keep next.config.js's
      // static policy. Prefetches carry no HTML, so they need no nonce.
      source: "/((?!api/|_next/static|_next/image|icon.svg|sw.js).*)",
      missing: [
        { type: "header", key: "next-router-prefetch" },
        { type: "header", key: "purpose", value: "prefetch" },
      ],
    },
  ],
};
