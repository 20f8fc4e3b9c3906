import type { Metadata } from "next";
import { CandidateForm } from "@/components/candidates/candidate-form";
import { PageHeader } from "@/components/ui/page-header";
import { card } from "@/components/ui/styles";
import { requireUser } from "@/lib/auth/current-user";
import { createCandidate } from "@/lib/candidates/actions";
import { MANAGERS } from "@/lib/users/roles";

export const metadata: Metadata = { title: "New candidate" };

export default async function NewCandidatePage() {
  await requireUser(MANAGERS);
  return (
    <div className="mx-auto max-w-2xl">
      <PageHeader title="New candidate" />
      <div className={`${card} p-6`}>
        <CandidateForm action={createCandidate} initial={{ name: "", email: null, position: null, notes: "" }} submitLabel="Add candidate" />
      </div>
    </div>
  );
}
