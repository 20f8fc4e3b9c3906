import type { Metadata } from "next";
import { SignOutEverywhereButton } from "@/components/auth/sign-out-everywhere-button";
import { SchedulingSettings } from "@/components/account/scheduling-settings";
import { PageHeader } from "@/components/ui/page-header";
import { card } from "@/components/ui/styles";
import { requireUser } from "@/lib/auth/current-user";
import { ROLE_LABELS } from "@/lib/users/schema";

export const metadata: Metadata = { title: "Your account" };

export default async function AccountPage() {
  const user = await requireUser();
  return (
    <div className="mx-auto max-w-2xl space-y-6">
      <PageHeader title="Your account" />
      <dl className={`${card} grid grid-cols-[auto_1fr] gap-x-6 gap-y-2 p-6 text-sm`}>
        <dt className="font-medium">Name</dt>
        <dd className="break-words">{user.name ?? "—"}</dd>
        <dt className="font-medium">Email</dt>
        <dd className="break-all">{user.email}</dd>
        <dt className="font-medium">Role</dt>
        <dd>{ROLE_LABELS[user.role]}</dd>
      </dl>
      <section aria-labelledby="sessions-heading" className={`${card} space-y-3 p-6`}>
        <h2 id="sessions-heading" className="font-medium">
          Sessions
        </h2>
        <p className="text-sm text-muted">
          A sign-in lasts 12 hours on each browser. If you signed in on a shared or lost computer, sign out everywhere: every browser
          and device signed in to this account, this one included, is signed out at its next request.
        </p>
        <SignOutEverywhereButton />
      </section>
      <SchedulingSettings user={user} />
    </div>
  );
}
