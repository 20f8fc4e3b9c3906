import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { SetForm } from "@/components/authoring/set-form";
import { PageHeader } from "@/components/ui/page-header";
import { createQuestionSet } from "@/lib/authoring/actions";
import { canEditBank } from "@/lib/authoring/access";
import { requireUser } from "@/lib/auth/current-user";

export const metadata: Metadata = { title: "New question set" };

export default async function NewSetPage() {
  const user = await requireUser();
  if (!canEditBank(user)) notFound();
  return (
    <>
      <PageHeader title="New question set" description="A set is one Markdown file in git; npm run content:export writes it out." />
      <SetForm action={createQuestionSet} />
    </>
  );
}
