import type { Metadata, Viewport } from "next";
import { cookies } from "next/headers";
import type { ReactNode } from "react";
import { OfflineOwner } from "@/components/offline/offline-owner";
import { SiteHeader } from "@/components/site-header";
import { TimeZoneDetector } from "@/components/scheduling/time-zone-detector";
import { getCurrentUser } from "@/lib/auth/current-user";
import { offlineOwner } from "@/lib/offline/owner";
import { parseTheme, THEME_COOKIE } from "@/lib/theme";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Interview Bank", template: "%s · Interview Bank" },
  description: "Technical interviews from a Git-friendly question bank with anchored rubrics.",
};

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

export default async function RootLayout({ children }: { children: ReactNode }) {
  const [user, cookieStore] = await Promise.all([getCurrentUser(), cookies()]);
  const theme = parseTheme(cookieStore.get(THEME_COOKIE)?.value);
  return (
    <html lang="en" data-theme={theme}>
      <body className="min-h-screen font-sans">
        <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50 focus:rounded-md focus:bg-surface focus:px-3 focus:py-2">
          Skip to content
        </a>
        <SiteHeader user={user} theme={theme} />
        <main id="main" className="mx-auto max-w-6xl px-4 py-8 sm:px-6">
          {children}
        </main>
        <OfflineOwner owner={user ? offlineOwner(user.id) : null} />
        {user ? <TimeZoneDetector /> : null}
      </body>
    </html>
  );
}
