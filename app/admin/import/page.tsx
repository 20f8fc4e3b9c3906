import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ImportForm } from "@/components/authoring/import-form";
import { PageHeader } from "@/components/ui/page-header";
import { canEditBank } from "@/lib/authoring/access";
import { requireUser } from "@/lib/auth/current-user";
import { importQuestionSets } from "@/lib/content/actions";

export const metadata: Metadata = { title: "Import question sets" };

// No loading.tsx: people who may not import get a real 404, which a streamed loading state would make a 200.
export default async function ImportPage() {
  const user = await requireUser();
  if (!canEditBank(user)) notFound();
  return (
    <div className="mx-auto max-w-4xl">
      <PageHeader
        title="Import question sets"
        description={
          <>
            Upload Markdown files in the bank&apos;s format (<code>content/README.md</code>). A dry run shows every problem and every change first; applying writes all files or
            none. Questions are matched by id, sets by slug.
          </>
        }
      />
      <ImportForm action={importQuestionSets} />
    </div>
  );
}
