import "server-only";
import { z } from "zod";
import { demoAccountsPermitted } from "@/lib/users/schema";

// Every setting the app reads, checked once at start-up. See .env.example for what each one does.
const optional = z
  .string()
  .trim()
  .transform((value) => value || undefined)
  .optional();

// `next build` imports server modules to collect page data but neither queries the database nor
// signs sessions: secrets and the database URL are needed when the server starts, not to build.
const building = process.env.NEXT_PHASE === "phase-production-build";

const envSchema = z
  .object({
    NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
    DATABASE_URL: z.string().url({ message: "DATABASE_URL must be a postgresql:// URL" }),
    NEXTAUTH_SECRET: optional,
    NEXTAUTH_URL: optional,
    ALLOW_DEMO_ACCOUNTS: z
      .enum(["true", "false", ""])
      .optional()
      .transform((value) => value === "true"),
    GITHUB_ID: optional,
    GITHUB_SECRET: optional,
    OIDC_ISSUER: optional,
    OIDC_CLIENT_ID: optional,
    OIDC_CLIENT_SECRET: optional,
    OIDC_NAME: optional,
  })
  .superRefine((env, ctx) => {
    if (env.NODE_ENV === "production" && !building && !env.NEXTAUTH_SECRET) {
      ctx.addIssue({ code: "custom", path: ["NEXTAUTH_SECRET"], message: "is required in production (openssl rand -base64 32)" });
    }
  });

function readEnv() {
  const parsed = envSchema.safeParse(building ? { DATABASE_URL: "postgresql://build-time-placeholder/none", ...process.env } : process.env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`).join("\n");
    throw new Error(`Invalid environment:\n${problems}`);
  }
  return parsed.data;
}

export const env = readEnv();

/** A fixed secret keeps development sessions valid across restarts; production must set its own. */
export const authSecret = env.NEXTAUTH_SECRET ?? "interview-bank-development-secret-not-for-production";

export const demoAccountsAllowed = demoAccountsPermitted(env.NODE_ENV, process.env.ALLOW_DEMO_ACCOUNTS);
