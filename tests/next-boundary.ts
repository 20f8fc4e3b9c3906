// Stand-ins for the two Next.js seams a server action touches outside a request, for Vitest:
//   vi.mock("next-auth", () => import("../tests/next-boundary"));   // getServerSession: who is signed in
//   vi.mock("next/cache", () => import("../tests/next-boundary"));  // revalidatePath: needs a request
// Everything past them (getCurrentUser, the sessionVersion check, the action) is the real code.
// next/navigation's redirect() needs no request: it throws, and isRedirect() recognises it.

interface SignedIn {
  id: string;
  sessionVersion: number;
  /** The token's UserSession row (lib/auth/user-sessions.ts), as a real sign-in makes one. */
  sessionId?: string;
}

let current: SignedIn | null = null;

/** The session the next calls see, as a freshly signed-in token would carry it; null for none. */
export function actAs(user: SignedIn | null) {
  current = user ? { ...user } : null;
}

export async function getServerSession() {
  return current ? { user: { ...current }, expires: new Date(Date.now() + 3_600_000).toISOString() } : null;
}

export function revalidatePath() {}
export function revalidateTag() {}

/** The error next/navigation's redirect() throws, with where it goes. */
export function redirectTarget(error: unknown) {
  const digest = (error as { digest?: unknown } | null)?.digest;
  return typeof digest === "string" && digest.startsWith("NEXT_REDIRECT") ? (digest.split(";")[2] ?? "") : null;
}
