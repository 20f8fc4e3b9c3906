import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { SignInForm } from "@/components/auth/sign-in-form";
import { card, link } from "@/components/ui/styles";
import { safeCallbackPath } from "@/lib/auth/callback-url";
import { getCurrentUser } from "@/lib/auth/current-user";
import { enabledOAuthProviders } from "@/lib/auth/options";
import { env } from "@/lib/env";
import { requestHost } from "@/lib/http/forwarded";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage({ searchParams }: PageProps<"/sign-in">) {
  const params = await searchParams;
  // Only a path on this site (next-auth passes absolute URLs of it): an open redirect after
  // sign-in would help phishing. Anything else goes to the bank.
  const host = requestHost(await headers());
  const origins = host ? [`http://${host}`, `https://${host}`, env.NEXTAUTH_URL] : [env.NEXTAUTH_URL];
  const callbackUrl = safeCallbackPath(params.callbackUrl, { origins, fallback: "/" });
  if (await getCurrentUser()) redirect(callbackUrl);
  const error = typeof params.error === "string" ? params.error : undefined;
  return (
    <div className="mx-auto max-w-sm">
      <h1 className="mb-6 text-center text-2xl font-semibold tracking-tight">Sign in to Interview Bank</h1>
      {params.signedOut === "everywhere" ? (
        <p role="status" className="mb-4 rounded-lg bg-success-soft px-3 py-2 text-center text-sm text-success">
          You are signed out on every browser and device.
        </p>
      ) : null}
      {params.signedOut === "deleted" ? (
        <p role="status" className="mb-4 rounded-lg bg-success-soft px-3 py-2 text-center text-sm text-success">
          Your account is deleted, with everything that named you.
        </p>
      ) : null}
      <div className={`${card} p-6`}>
        <SignInForm providers={enabledOAuthProviders()} callbackUrl={callbackUrl} initialError={error} />
      </div>
      <p className="mt-4 text-center text-sm text-muted">
        Preparing for an interview?{" "}
        <Link href="/sign-up" className={link}>
          Create a candidate account
        </Link>
      </p>
    </div>
  );
}
