import "server-only";
import { createHash } from "node:crypto";

/**
 * Who an offline copy of a page belongs to, as the service worker (public/sw.js) knows it: a hash
 * of the user id, so cache names in the browser do not show the id itself. 32 hex characters.
 */
export function offlineOwner(userId: string) {
  return createHash("sha256").update(`interview-bank offline copy:${userId}`).digest("hex").slice(0, 32);
}
