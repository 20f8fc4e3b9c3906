import "server-only";
import { PrismaAdapter } from "@auth/prisma-adapter";
import type { NextAuthOptions } from "next-auth";
import type { Adapter } from "next-auth/adapters";
import CredentialsProvider from "next-auth/providers/credentials";
import GitHubProvider from "next-auth/providers/github";
import { prisma } from "@/lib/db";
import { isDatabaseUnavailable } from "@/lib/http/database-outage";
import { authSecret, demoAccountsAllowed, env } from "@/lib/env";
import { clientAddress } from "@/lib/http/forwarded";
import { signInWithPassword } from "./password-sign-in";
import { readSessionUser, SessionRevokedError } from "./session-user";
import { safeCallbackPath } from "./callback-url";
import { SIGN_IN_ERRORS } from "./sign-in-errors";

const credentials = CredentialsProvider({
  name: "Email and password",
  credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
  async authorize(input, req) {
    // The address the server edge (scripts/server.ts) established: the socket's, or the one the
    // trusted proxies (TRUSTED_PROXY_HOPS) saw. Never an entry the client wrote itself.
    const result = await signInWithPassword(prisma, input, clientAddress(req.headers), { demoAccountsAllowed });
    if (result.ok) return result.user;
    if (result.error === "invalid") return null;
    throw new Error(SIGN_IN_ERRORS[result.error]);
  },
});

function oauthProviders(): NextAuthOptions["providers"] {
  const providers: NextAuthOptions["providers"] = [];
  if (env.GITHUB_ID && env.GITHUB_SECRET) {
    providers.push(GitHubProvider({ clientId: env.GITHUB_ID, clientSecret: env.GITHUB_SECRET }));
  }
  if (env.OIDC_ISSUER && env.OIDC_CLIENT_ID && env.OIDC_CLIENT_SECRET) {
    providers.push({
      id: "oidc",
      name: env.OIDC_NAME ?? "Single sign-on",
      type: "oauth",
      wellKnown: `${env.OIDC_ISSUER.replace(/\/$/, "")}/.well-known/openid-configuration`,
      authorization: { params: { scope: "openid email profile" } },
      idToken: true,
      checks: ["pkce", "state"],
      clientId: env.OIDC_CLIENT_ID,
      clientSecret: env.OIDC_CLIENT_SECRET,
      profile(profile: { sub: string; email: string; name?: string; picture?: string }) {
        return { id: profile.sub, email: profile.email, name: profile.name ?? profile.email, image: profile.picture };
      },
    });
  }
  return providers;
}

export const authOptions: NextAuthOptions = {
  // The adapter stores GitHub/OIDC users and accounts; sessions are JWTs so credentials work too.
  adapter: PrismaAdapter(prisma) as Adapter,
  secret: authSecret,
  session: { strategy: "jwt", maxAge: 12 * 60 * 60 },
  // Cookies are always httpOnly and SameSite=Lax; over https (which production must use) they are
  // also Secure and carry the __Secure-/__Host- prefixes. Plain http is for local trials only.
  useSecureCookies: env.NEXTAUTH_URL?.startsWith("https://") ?? false,
  pages: { signIn: "/sign-in", error: "/sign-in" },
  providers: [credentials, ...oauthProviders()],
  callbacks: {
    // Runs for every read of the session: /api/auth/session, getServerSession in pages and actions.
    async jwt({ token, user }) {
      let row: Awaited<ReturnType<typeof readSessionUser>>;
      try {
        row = await readSessionUser(user?.id ?? token.sub ?? "");
      } catch (error) {
        // A database outage is not a revoked session: throwing would make next-auth clear the
        // cookie and sign everyone out during a restart. Nothing can be read or written without
        // the database anyway; the page or route asking then answers the outage (503).
        if (isDatabaseUnavailable(error)) return token;
        throw error;
      }
      if (user) {
        token.sessionVersion = row?.sessionVersion ?? 0;
        return token;
      }
      // A token from before "sign out everywhere", or of a deleted user: next-auth answers `{}`
      // and clears the cookie (core/routes/session.js catches what this throws).
      if (!row || row.sessionVersion !== (token.sessionVersion ?? 0)) throw new SessionRevokedError();
      return token;
    },
    session({ session, token }) {
      if (session.user && token.sub) {
        session.user.id = token.sub;
        session.user.sessionVersion = token.sessionVersion ?? 0;
      }
      return session;
    },
    redirect({ url, baseUrl }) {
      return `${baseUrl}${safeCallbackPath(url, { origins: [baseUrl], fallback: "/" })}`;
    },
  },
  logger: {
    // A revoked token is expected, not an error worth a stack trace in the server's log.
    error(code, metadata) {
      if (metadata instanceof SessionRevokedError) return;
      console.error(`[next-auth][error][${code}]`, metadata);
    },
  },
};

export function enabledOAuthProviders() {
  return oauthProviders().map((provider) => ({ id: provider.id, name: provider.name }));
}
