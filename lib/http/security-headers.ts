// The headers every page is served with (proxy.ts sets them per request). Pure functions, so the
// policy can be unit-tested without a server.

export interface PolicyOptions {
  /** Fresh for every response; Next.js puts it on its own inline and bootstrap scripts. */
  nonce: string;
  /** `next dev`: React rebuilds server error stacks with eval, and the dev overlay injects styles. */
  development: boolean;
  /** The app's public URL is https (NEXTAUTH_URL): ask browsers to stay on https. */
  https: boolean;
}

/** 16 random bytes in base64: unguessable, and valid as a CSP nonce-source. */
export function createNonce() {
  return btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(16))));
}

export function contentSecurityPolicy({ nonce, development, https }: PolicyOptions) {
  const directives: Record<string, string[]> = {
    "default-src": ["'self'"],
    // 'strict-dynamic' trusts the chunks that the nonced bootstrap loads; 'self' is the fallback
    // for browsers without it. Never 'unsafe-inline' for scripts.
    "script-src": ["'self'", `'nonce-${nonce}'`, "'strict-dynamic'", ...(development ? ["'unsafe-eval'"] : [])],
    // Style attributes are allowed: React renders `style={…}` into the server HTML (recharts'
    // sizes, the drag-and-drop transforms, a chart's height), and a style attribute cannot carry a
    // nonce. <style> elements still need the nonce, except in development where the error overlay
    // injects its own. `style-src` is the fallback for browsers without the -elem/-attr split.
    "style-src": ["'self'", "'unsafe-inline'"],
    "style-src-elem": development ? ["'self'", "'unsafe-inline'"] : ["'self'", `'nonce-${nonce}'`],
    "style-src-attr": ["'unsafe-inline'"],
    "img-src": ["'self'", "data:", "blob:"],
    "font-src": ["'self'"],
    "connect-src": ["'self'"],
    // The live scoring page's offline copy (public/sw.js); 'strict-dynamic' would otherwise refuse it.
    "worker-src": ["'self'"],
    "manifest-src": ["'self'"],
    "object-src": ["'none'"],
    "base-uri": ["'self'"],
    "form-action": ["'self'"],
    "frame-ancestors": ["'none'"],
  };
  const policy = Object.entries(directives).map(([name, values]) => `${name} ${values.join(" ")}`);
  if (https) policy.push("upgrade-insecure-requests");
  return policy.join("; ");
}

/** What proxy.ts adds to every page response; next.config.js adds the static headers to every response. */
export function pageSecurityHeaders(options: PolicyOptions): Record<string, string> {
  return {
    "Content-Security-Policy": contentSecurityPolicy(options),
    // Only meaningful over https; browsers ignore it on plain http.
    ...(options.https ? { "Strict-Transport-Security": "max-age=31536000" } : {}),
  };
}
