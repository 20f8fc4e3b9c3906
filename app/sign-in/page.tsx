import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { SignInForm } from "@/components/auth/sign-in-form";
import { card, link } from "@/components/ui/styles";
import { getCurrentUser } from "@/lib/auth/current-user";
import { enabledOAuthProviders } from "@/lib/auth/options";

export const metadata: Metadata = { title: "Sign in" };

/** Only same-site paths: an open redirect after sign-in would help phishing. */
function safeCallback(value: string | string[] | undefined) {
  const path = Array.isArray(value) ? value[0] : value;
  return path && path.startsWith("/") && !path.startsWith("//") ? path : "/bank";
}

export default async function SignInPage({ searchParams }: PageProps<"/sign-in">) {
  const params = await searchParams;
  const callbackUrl = safeCallback(params.callbackUrl);
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
