import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { redirect } from "next/navigation";
import { SignUpForm } from "@/components/auth/sign-up-form";
import { card, link } from "@/components/ui/styles";
import { getCurrentUser } from "@/lib/auth/current-user";

export const metadata: Metadata = { title: "Create an account" };

export default async function SignUpPage() {
  if (await getCurrentUser()) redirect("/");
  return (
    <div className="mx-auto max-w-sm">
      <h1 className="mb-2 text-center text-2xl font-semibold tracking-tight">Create a candidate account</h1>
      <p className="mb-6 text-center text-sm text-muted">
        Practise with the question bank; practice you did here as a guest comes with you. Interviewer accounts are created by an admin.
      </p>
      <div className={`${card} p-6`}>
        <SignUpForm />
      </div>
      <p className="mt-4 text-center text-sm text-muted">
        Already have an account?{" "}
        <Link href="/sign-in" className={link}>
          Sign in
        </Link>
      </p>
    </div>
  );
}
