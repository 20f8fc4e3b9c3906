// Known open-redirect payloads for a `callbackUrl`, each of which must send the browser home, never
// to evil.example. Gathered from the classic lists (PayloadsAllTheThings "Open Redirect", OWASP's
// unvalidated-redirects cheat sheet, and bypasses reported against sign-in libraries), rewritten
// for this app's origin. Used by lib/auth/callback-url.test.ts and e2e/callback-url.spec.ts.

/** The app's own origin in the payloads that spell it out; tests substitute the real one. */
export const APP_ORIGIN = "http://APP_ORIGIN";

export const OPEN_REDIRECT_PAYLOADS: readonly string[] = [
  // Another host, plainly or protocol-relative.
  "https://evil.example",
  "http://evil.example/bank",
  "//evil.example",
  "//evil.example/%2F..",
  "///evil.example",
  "////evil.example",
  "https:evil.example",
  "http:/evil.example",
  "https:/\\evil.example",
  "evil.example",
  "@evil.example",
  // Backslashes, which browsers read as slashes in http(s) URLs.
  "/\\evil.example",
  "\\\\evil.example",
  "/\\/evil.example",
  "\\/evil.example",
  // Escaped slashes and backslashes, once and twice.
  "/%5Cevil.example",
  "/%5cevil.example",
  "/%2F/evil.example",
  "/%2f%2fevil.example",
  "%2F%2Fevil.example",
  "/%252F%252Fevil.example",
  "/%25252F%25252Fevil.example",
  "/%255Cevil.example",
  "%5C%5Cevil.example",
  // Tab, CR, LF and other controls that browsers strip from URLs (or that split headers).
  "/%09/evil.example",
  "/%0A/evil.example",
  "/%0D/evil.example",
  "/%0D%0ALocation:%20https://evil.example",
  "/\t/evil.example",
  "/\n/evil.example",
  "/\r\n/evil.example",
  "/%00/evil.example",
  "/%2509/evil.example",
  " //evil.example",
  "\t//evil.example",
  // Dot segments that resolve to a protocol-relative path.
  "/.//evil.example",
  "/..//evil.example",
  "/%2e//evil.example",
  "/./%2F/evil.example",
  // Unicode look-alikes of "/" and "\", raw and escaped.
  "/\uff0fevil.example",
  "/%EF%BC%8Fevil.example",
  "/\u2215evil.example",
  "/%E2%88%95evil.example",
  "/\u2044evil.example",
  "/%E2%81%84evil.example",
  "/\uff3cevil.example",
  "/%EF%BC%BCevil.example",
  "/\ufe68evil.example",
  "/\u29f8evil.example",
  "\u3002evil.example",
  // Script and data URLs.
  "javascript:alert(1)",
  "JaVaScRiPt:alert(1)",
  "javascript://%0Aalert(1)",
  "java%0Ascript:alert(1)",
  " javascript:alert(1)",
  "data:text/html,<script>alert(1)</script>",
  "vbscript:msgbox(1)",
  // The app's own origin used as a disguise.
  `${APP_ORIGIN}@evil.example`,
  `${APP_ORIGIN}.evil.example`,
  `${APP_ORIGIN}//evil.example`,
  `${APP_ORIGIN}/%2F%2Fevil.example`,
  `${APP_ORIGIN}\\@evil.example`,
  `https://evil.example/${APP_ORIGIN}`,
  `https://evil.example?${APP_ORIGIN}`,
  `http://user:pass@${APP_ORIGIN.slice("http://".length)}/bank`,
  // Oddities.
  "",
  "/".repeat(3000),
];

/** Same-site destinations that must survive as written (absolute ones as their path). */
export const SAFE_CALLBACKS: readonly (readonly [given: string, expected: string])[] = [
  ["/bank", "/bank"],
  ["/", "/"],
  ["/candidates/cm123?tab=notes#summary", "/candidates/cm123?tab=notes#summary"],
  ["/bank?q=cold%20start&set=aws-lambda", "/bank?q=cold%20start&set=aws-lambda"],
  ["/bank?q=100%25", "/bank?q=100%25"],
  ["/sign-in?signedOut=everywhere", "/sign-in?signedOut=everywhere"],
  ["/bank?q=caf%C3%A9", "/bank?q=caf%C3%A9"],
  [`${APP_ORIGIN}/compare?position=Cloud%20Engineer`, "/compare?position=Cloud%20Engineer"],
  [APP_ORIGIN, "/"],
];
