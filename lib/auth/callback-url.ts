// Where to send someone after signing in or out. Only a path on this site may be followed: an open
// redirect ("sign in, then land on evil.example") is a phishing tool. Used by next-auth's `redirect`
// callback (lib/auth/options.ts), the sign-in page and its form; no server-only code, so the
// browser runs the same rule. Payloads it must refuse: tests/open-redirect-payloads.ts.

/** Slashes and backslashes in other scripts, which some servers and tools fold into "/" or "\". */
const LOOK_ALIKE_SLASHES = /[\u2044\u2215\u2216\u2571\u2572\u29f5\u29f8\u29f9\ufe68\uff0f\uff3c]/;
/** C0 and C1 controls, including tab, CR and LF, which browsers strip from URLs or split headers on. */
const CONTROLS = /[\u0000-\u001f\u007f-\u009f]/;
/** A path as it may be written: "/" then printable ASCII, no backslash; not "//" (another host). */
const PLAIN_PATH = /^\/(?![/\\])[\u0021-\u007e]*$/;
const ABSOLUTE = /^[a-z][a-z\d+.-]*:/i;
/** Escapes can hide "//" behind several layers ("%252F"); more layers than this is refused outright. */
const MAX_DECODINGS = 4;

export interface CallbackOptions {
  /** Origins ("https://interviews.example.com") whose absolute URLs are accepted, as their path. */
  origins?: readonly (string | undefined)[];
  /** Where to go instead (home). */
  fallback?: string;
}

/** The value and what it becomes after each layer of percent-decoding; null when that never settles. */
function decodings(path: string): string[] | null {
  const forms = [path];
  for (let layer = 0; layer < MAX_DECODINGS; layer += 1) {
    let decoded: string;
    try {
      decoded = decodeURIComponent(forms[forms.length - 1]!);
    } catch {
      return forms; // A lone "%" (as in "?q=100%25" once decoded): nothing further to decode.
    }
    if (decoded === forms[forms.length - 1]) return forms;
    forms.push(decoded);
  }
  return null;
}

/** "/.//evil.example" is a path here, but "//evil.example" once its dot segments are resolved. */
function resolvesElsewhere(text: string) {
  try {
    const resolved = new URL(text, "http://callback.invalid");
    return resolved.origin !== "http://callback.invalid" || resolved.pathname.startsWith("//");
  } catch {
    return true;
  }
}

/** Whether a string, once read by a browser or a lenient server, could leave this site. */
function couldLeave(form: string) {
  return [form, form.normalize("NFKC")].some(
    (text) => !text.startsWith("/") || /^\/[/\\]/.test(text) || text.includes("\\") || CONTROLS.test(text) || LOOK_ALIKE_SLASHES.test(text) || resolvesElsewhere(text),
  );
}

function sameSitePath(path: string): string | null {
  if (!PLAIN_PATH.test(path)) return null;
  const forms = decodings(path);
  return !forms || forms.some(couldLeave) ? null : path;
}

function origin(value: string | undefined) {
  try {
    return value ? new URL(value).origin : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The same-site path `value` names, or `fallback`. Accepts "/path?query#hash" written in plain
 * ASCII, and absolute http(s) URLs of one of `origins` (next-auth hands those around); refuses
 * other hosts however they are spelt: "//host", "/\host", "https:host", "javascript:", escapes of
 * "/", "\", tab, CR and LF (also double-escaped), and Unicode look-alike slashes.
 */
export function safeCallbackPath(value: unknown, { origins = [], fallback = "/" }: CallbackOptions = {}): string {
  const text = Array.isArray(value) ? value[0] : value;
  if (typeof text !== "string" || text.length === 0 || text.length > 2048) return fallback;
  if (!ABSOLUTE.test(text)) return sameSitePath(text) ?? fallback;

  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return fallback;
  }
  const allowed = origins.map(origin).filter(Boolean);
  if (!/^https?:$/.test(url.protocol) || url.username || url.password || !allowed.includes(url.origin)) return fallback;
  // Whatever follows the origin must itself be a safe path, as written.
  if (!/^[\u0021-\u007e]*$/.test(text) || text.includes("\\")) return fallback;
  return sameSitePath(`${url.pathname}${url.search}${url.hash}`) ?? fallback;
}
