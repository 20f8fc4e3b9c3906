import type { Metadata } from "next";
import { ActiveSessions } from "@/components/account/active-sessions";
import { DeleteAccountForm } from "@/components/account/delete-account-form";
import { PasswordForm } from "@/components/account/password-form";
import { YourData } from "@/components/account/your-data";
import { SchedulingSettings } from "@/components/account/scheduling-settings";
import { PageHeader } from "@/components/ui/page-header";
import { card } from "@/components/ui/styles";
import { myAccountFacts } from "@/lib/account/queries";
import { requireUser } from "@/lib/auth/current-user";
import { ROLE_LABELS } from "@/lib/users/schema";

export const metadata: Metadata = { title: "Your account" };

export default async function AccountPage() {
  const user = await requireUser();
  const facts = await myAccountFacts();
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
      {facts.hasPassword ? (
        <section aria-labelledby="password-heading" className={`${card} space-y-3 p-6`}>
          <h2 id="password-heading" className="font-medium">
            Password
          </h2>
          <PasswordForm />
        </section>
      ) : null}
      <ActiveSessions user={user} />
      <SchedulingSettings user={user} />
      <YourData />
      <DeleteAccountForm userId={user.id} email={user.email} hasPassword={facts.hasPassword} staff={user.role !== "CANDIDATE"} lastAdmin={facts.lastAdmin} />
    </div>
  );
}
