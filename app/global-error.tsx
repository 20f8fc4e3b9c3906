"use client";

import { RouteError, type ErrorBoundaryProps } from "@/components/route-error";
import "./globals.css";

/**
 * The root layout itself failed: it reads the signed-in user, so this is what every page shows
 * while the database is unreachable. It replaces the layout, hence its own html and body; the
 * theme cookie is out of reach here, so it follows the system's scheme.
 */
export default function GlobalError(props: ErrorBoundaryProps) {
  return (
    <html lang="en" data-theme="system">
      <body className="min-h-screen font-sans">
        <title>Interview Bank is unavailable</title>
        <main id="main" className="mx-auto max-w-6xl px-4 py-8 sm:px-6">
          <RouteError {...props} what="this page" />
        </main>
      </body>
    </html>
  );
}
