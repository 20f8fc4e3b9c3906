import { headers } from "next/headers";

/**
 * Shortcut keys pressed before the live scoring page has hydrated (70–400 ms after first paint on a
 * phone, measured in issue 16) used to be dropped. This tiny inline script runs while the HTML is
 * parsed, keeps those keys in `window.__ibEarlyKeys`, and useEarlyKeys() replays them once the
 * page's own handler listens. It carries the request's CSP nonce (docs/security.md: scripts only
 * by nonce); the keys it keeps match the page's shortcuts, outside text fields, with no modifier.
 */
const SCRIPT = `(function(){var q=[];window.__ibEarlyKeys=q;function on(e){if(window.__ibEarlyKeys!==q){removeEventListener("keydown",on,true);return}if(e.defaultPrevented||e.metaKey||e.ctrlKey||e.altKey)return;var t=e.target;if(t&&t.tagName&&(t.isContentEditable||/^(TEXTAREA|SELECT)$/.test(t.tagName)||(t.tagName==="INPUT"&&!/^(radio|checkbox|button|submit)$/.test(t.type))))return;if(/^([1-4jkn?]|Arrow(Up|Down|Left|Right))$/.test(e.key)){q.push(e.key);e.preventDefault()}}addEventListener("keydown",on,true)})();`;

export async function EarlyKeys() {
  const policy = (await headers()).get("content-security-policy") ?? "";
  const nonce = /'nonce-([^']+)'/.exec(policy)?.[1];
  return <script nonce={nonce} dangerouslySetInnerHTML={{ __html: SCRIPT }} />;
}
