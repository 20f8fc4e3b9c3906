// "Firefox 133 on Windows": how the Account page names a signed-in browser, from its User-Agent
// (bowser, a maintained parser: browser and OS names change too often to keep a list here).
import Bowser from "bowser";

export function describeDevice(userAgent: string): string {
  if (!userAgent.trim()) return "Unknown browser";
  const parsed = Bowser.parse(userAgent);
  const major = parsed.browser.version?.split(".")[0];
  const browser = parsed.browser.name ? `${parsed.browser.name}${major ? ` ${major}` : ""}` : "Unknown browser";
  const os = parsed.os.name ? `${parsed.os.name}${parsed.os.versionName ? ` ${parsed.os.versionName}` : ""}` : null;
  return os ? `${browser} on ${os}` : browser;
}
