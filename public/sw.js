// Service worker for one job: the live scoring screen must open even when the network is gone
// (reloading mid-interview while offline). Only that page and Next's hashed static files are
// cached. The page is network-first (the copy serves only when offline or the server answers 5xx),
// so it is never stale while the server works; the edits themselves are kept in localStorage by
// the autosave queue, which also knows this cached copy may be older.
const PAGES = "live-scoring-pages-v1";
const ASSETS = "next-static-v1";
const LIVE_SCORING = /^\/interviews\/[^/]+\/score$/;

self.addEventListener("install", () => self.skipWaiting());
self.addEventListener("activate", (event) => event.waitUntil(self.clients.claim()));

self.addEventListener("message", (event) => {
  const data = event.data ?? {};
  if (data.type === "cache-live-scoring" && typeof data.page === "string" && Array.isArray(data.assets)) {
    event.waitUntil(cacheLiveScoring(data.page, data.assets));
  }
  // Signing out forgets cached interview pages (shared computers).
  if (data.type === "forget-pages") event.waitUntil(caches.delete(PAGES));
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== "GET" || url.origin !== self.location.origin) return;
  if (request.mode === "navigate" && LIVE_SCORING.test(url.pathname)) event.respondWith(networkFirst(request, url.pathname));
  else if (url.pathname.startsWith("/_next/static/")) event.respondWith(cacheFirst(request));
});

async function networkFirst(request, pathname) {
  const cache = await caches.open(PAGES);
  let response;
  try {
    response = await fetch(request);
  } catch (error) {
    const cached = await cache.match(pathname);
    if (cached) return cached;
    throw error;
  }
  if (response.ok && !response.redirected) await cache.put(pathname, response.clone());
  // A server that answers but cannot render (restarting, its database down) is as good as offline.
  if (response.status >= 500) return (await cache.match(pathname)) ?? response;
  return response;
}

async function cacheFirst(request) {
  const cache = await caches.open(ASSETS);
  const cached = await cache.match(request);
  if (cached) return cached;
  const response = await fetch(request);
  if (response.ok) await cache.put(request, response.clone());
  return response;
}

// The page that registered this worker was loaded before it existed: fetch it and its assets now.
async function cacheLiveScoring(page, assets) {
  const url = new URL(page, self.location.origin);
  if (url.origin !== self.location.origin || !LIVE_SCORING.test(url.pathname)) return;
  const pages = await caches.open(PAGES);
  const response = await fetch(url.pathname, { credentials: "same-origin" });
  if (response.ok && !response.redirected) await pages.put(url.pathname, response);
  const assetCache = await caches.open(ASSETS);
  await Promise.all(
    assets
      .filter((asset) => typeof asset === "string" && new URL(asset, self.location.origin).pathname.startsWith("/_next/static/"))
      .map(async (asset) => {
        if (await assetCache.match(asset)) return;
        const fetched = await fetch(asset);
        if (fetched.ok) await assetCache.put(asset, fetched);
      }),
  );
}
