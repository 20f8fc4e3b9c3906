// Service worker for one job: the live scoring screen must open even when the network is gone
// (reloading mid-interview while offline). Only that page and Next's hashed static files are
// cached. The page is network-first (the copy serves only when offline or the server answers 5xx),
// so it is never stale while the server works; the edits themselves are kept in localStorage by
// the autosave queue, which also knows this cached copy may be older.
//
// A cached page holds one panelist's notes, so it belongs to one user. Every page tells this worker
// who is signed in (a hash of the user id, or null: components/offline/offline-owner.tsx); copies
// live in a cache per owner, only the current owner's copy is ever served, and the others are
// deleted as soon as the owner changes: a sign-out, another user signing in, a page or an autosave
// answering that the session is gone. A copy older than a session can live is never served.
const PAGES_PREFIX = "live-scoring-pages-v2:";
const ASSETS = "next-static-v1";
const STATE = "offline-owner-v1";
const OWNER_KEY = "/offline-owner";
const LIVE_SCORING = /^\/interviews\/[^/]+\/score$/;
const OWNER = /^[0-9a-f]{32}$/;
// Sessions last 12 hours (lib/auth/options.ts).
const MAX_AGE_MS = 12 * 60 * 60 * 1000;

self.addEventListener("install", () => self.skipWaiting());
// Caches of earlier versions of this worker (the v1 page cache was keyed by path alone) go.
self.addEventListener("activate", (event) => event.waitUntil(Promise.all([deleteOldCaches(), self.clients.claim()])));

self.addEventListener("message", (event) => {
  const data = event.data ?? {};
  const owner = data.owner === null || (typeof data.owner === "string" && OWNER.test(data.owner)) ? data.owner : undefined;
  if (data.type === "owner" && owner !== undefined) event.waitUntil(setOwner(owner));
  if (data.type === "cache-live-scoring" && owner && typeof data.page === "string" && Array.isArray(data.assets)) {
    event.waitUntil(setOwner(owner).then(() => cacheLiveScoring(data.page, data.assets, owner)));
  }
  // Sent by pages of the previous version when signing out.
  if (data.type === "forget-pages") event.waitUntil(setOwner(null));
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== "GET" || url.origin !== self.location.origin) return;
  if (request.mode === "navigate" && LIVE_SCORING.test(url.pathname)) event.respondWith(networkFirst(request, url.pathname));
  else if (url.pathname.startsWith("/_next/static/")) event.respondWith(cacheFirst(request));
});

async function deleteOldCaches() {
  const names = await caches.keys();
  await Promise.all(names.filter((name) => name !== ASSETS && name !== STATE && !name.startsWith(PAGES_PREFIX)).map((name) => caches.delete(name)));
}

async function currentOwner() {
  const stored = await (await caches.open(STATE)).match(OWNER_KEY);
  if (!stored) return null;
  const { owner } = await stored.json();
  return typeof owner === "string" && OWNER.test(owner) ? owner : null;
}

/** Records who is signed in and deletes every other user's copies (all of them when nobody is). */
async function setOwner(owner) {
  await (await caches.open(STATE)).put(OWNER_KEY, new Response(JSON.stringify({ owner })));
  const names = await caches.keys();
  await Promise.all(names.filter((name) => name.startsWith(PAGES_PREFIX) && name !== `${PAGES_PREFIX}${owner}`).map((name) => caches.delete(name)));
}

/** The signed-in user's copy of a page, if it has one young enough. */
async function ownCopy(pathname) {
  const owner = await currentOwner();
  if (!owner) return undefined;
  const cache = await caches.open(`${PAGES_PREFIX}${owner}`);
  const cached = await cache.match(pathname);
  if (!cached) return undefined;
  if (!(Date.now() - Number(cached.headers.get("x-cached-at")) < MAX_AGE_MS)) {
    await cache.delete(pathname);
    return undefined;
  }
  return cached;
}

async function networkFirst(request, pathname) {
  let response;
  try {
    response = await fetch(request);
  } catch (error) {
    const cached = await ownCopy(pathname);
    if (cached) return cached;
    throw error;
  }
  // Sent to sign in: the session is gone, and with it the right to any copy.
  if (response.status === 401 || (response.redirected && new URL(response.url).pathname === "/sign-in")) await setOwner(null);
  // A server that answers but cannot render (restarting, its database down) is as good as offline.
  if (response.status >= 500) return (await ownCopy(pathname)) ?? response;
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

// The page, once loaded, asks for a copy of itself: fetched here with the session's cookie and
// kept only if it was rendered for the owner the page named (the session may have changed since).
async function cacheLiveScoring(page, assets, owner) {
  const url = new URL(page, self.location.origin);
  if (url.origin !== self.location.origin || !LIVE_SCORING.test(url.pathname)) return;
  const response = await fetch(url.pathname, { credentials: "same-origin" });
  if (response.ok && !response.redirected) {
    const html = await response.text();
    if (html.includes(`data-offline-owner="${owner}"`) && (await currentOwner()) === owner) {
      const headers = new Headers(response.headers);
      headers.set("x-cached-at", String(Date.now()));
      await (await caches.open(`${PAGES_PREFIX}${owner}`)).put(url.pathname, new Response(html, { status: 200, headers }));
    }
  }
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
