"use client";

import { useEffect } from "react";

/**
 * Registers the service worker (public/sw.js) that lets this page open again while offline, and
 * hands it this page and the scripts and styles it loaded, since those were fetched before it ran.
 * `owner` (lib/offline/owner.ts) is whose copy it is: the worker serves it to no one else.
 */
export function useOfflinePage(owner: string) {
  useEffect(() => {
    // Not in development: its script URLs are not content-hashed, so a cache would serve stale code.
    if (process.env.NODE_ENV !== "production" || !("serviceWorker" in navigator) || !window.isSecureContext) return;
    let cancelled = false;
    navigator.serviceWorker
      .register("/sw.js", { scope: "/" })
      .then(() => navigator.serviceWorker.ready)
      .then((registration) => {
        if (cancelled) return;
        const assets = performance
          .getEntriesByType("resource")
          .map((entry) => entry.name)
          .filter((name) => new URL(name).pathname.startsWith("/_next/static/"));
        registration.active?.postMessage({ type: "cache-live-scoring", page: window.location.pathname, assets, owner });
      })
      .catch(() => {
        // Without a service worker the page still autosaves; it just cannot be reopened offline.
      });
    return () => {
      cancelled = true;
    };
  }, [owner]);
}
