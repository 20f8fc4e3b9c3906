import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { CandidateImport } from "@/components/candidates/candidate-import";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/current-user";
import { IMPORT_COLUMNS, IMPORT_LIMITS } from "@/lib/candidates/schema";

export const metadata: Metadata = { title: "Import candidates" };

export default async function ImportCandidatesPage() {
  await requireUser(["ADMIN", "RECRUITER"]);
  return (
    <div className="mx-auto max-w-4xl">
      <PageHeader
        title="Import candidates"
        description={`A CSV file whose first line names the columns: ${IMPORT_COLUMNS.join(", ")} (only name is required). Up to ${IMPORT_LIMITS.rows.toLocaleString("en")} candidates per file.`}
        actions={
          <Link href="/candidates" className="text-sm text-accent hover:underline">
            ← Candidates
          </Link>
        }
      />
      <CandidateImport />
    </div>
  );
}
