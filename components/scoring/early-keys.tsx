import { headers } from "next/headers";
import { EARLY_KEYS_SCRIPT } from "./early-keys-script";

/**
 * Shortcut keys pressed before the live scoring page has hydrated (70–400 ms after first paint on a
 * phone, measured in issue 16) used to be dropped. This tiny inline script runs while the HTML is
 * parsed, keeps those keys in `window.__ibEarlyKeys`, and useEarlyKeys() replays them once the
 * page's own handler listens. It carries the request's CSP nonce (docs/security.md: scripts only
 * by nonce); the keys it keeps match the page's shortcuts, outside text fields, with no modifier.
 */

export async function EarlyKeys() {
  const policy = (await headers()).get("content-security-policy") ?? "";
  const nonce = /'nonce-([^']+)'/.exec(policy)?.[1];
  // Marked so the hostile-content checks can tell the app's own script from injected markup (e2e/hostile-input.spec.ts).
  return <script nonce={nonce} data-app-script="early-keys" dangerouslySetInnerHTML={{ __html: EARLY_KEYS_SCRIPT }} />;
}
