// Messages to the service worker (public/sw.js) about who its offline copies belong to.

/** Tells the worker who is signed in here (null: nobody), so it drops every other user's copies. */
export async function tellOfflineOwner(owner: string | null) {
  if (!("serviceWorker" in navigator)) return;
  try {
    const registration = await navigator.serviceWorker.getRegistration();
    registration?.active?.postMessage({ type: "owner", owner });
  } catch {
    // No worker, nothing cached.
  }
}
