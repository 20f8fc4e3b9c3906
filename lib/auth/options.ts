import "server-only";
import { PrismaAdapter } from "@auth/prisma-adapter";
import type { NextAuthOptions } from "next-auth";
import type { Adapter } from "next-auth/adapters";
import CredentialsProvider from "next-auth/providers/credentials";
import GitHubProvider from "next-auth/providers/github";
import { prisma } from "@/lib/db";
import { authSecret, demoAccountsAllowed, env } from "@/lib/env";
import { clearFailedLogins, loginRetryDelay, recordFailedLogin } from "./login-throttle";
import { verifyPassword } from "./password";
import { signInSchema } from "./schema";
import { SIGN_IN_ERRORS } from "./sign-in-errors";

function clientIp(headers: Record<string, unknown> | undefined) {
  const forwarded = headers?.["x-forwarded-for"];
  const first = typeof forwarded === "string" ? forwarded.split(",")[0]?.trim() : undefined;
  const real = headers?.["x-real-ip"];
  return first || (typeof real === "string" ? real : "") || "unknown";
}

const credentials = CredentialsProvider({
  name: "Email and password",
  credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
  async authorize(input, req) {
    const parsed = signInSchema.safeParse(input);
    if (!parsed.success) return null;
    const { email, password } = parsed.data;
    const ip = clientIp(req.headers);
    if ((await loginRetryDelay(email, ip)) > 0) throw new Error(SIGN_IN_ERRORS.throttled);

    const user = await prisma.user.findUnique({
      where: { email },
      select: { id: true, email: true, name: true, passwordHash: true, isDemo: true },
    });
    if (!(await verifyPassword(user?.passwordHash, password)) || !user) {
      await recordFailedLogin(email, ip);
      return null;
    }
    if (user.isDemo && !demoAccountsAllowed) throw new Error(SIGN_IN_ERRORS.demoDisabled);
    await clearFailedLogins(email, ip);
    return { id: user.id, email: user.email, name: user.name };
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
    async jwt({ token, user }) {
      if (user) {
        const row = await prisma.user.findUnique({ where: { id: user.id }, select: { sessionVersion: true } });
        token.sessionVersion = row?.sessionVersion ?? 0;
      }
      return token;
    },
    session({ session, token }) {
      if (session.user && token.sub) {
        session.user.id = token.sub;
        session.user.sessionVersion = token.sessionVersion ?? 0;
      }
      return session;
    },
  },
};

export function enabledOAuthProviders() {
  return oauthProviders().map((provider) => ({ id: provider.id, name: provider.name }));
}
