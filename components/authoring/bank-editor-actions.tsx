import { Link } from "@/components/ui/link";
import { buttonPrimary, buttonSecondary } from "@/components/ui/styles";

/** The bank page's authoring entry points, for admins and bank editors only. */
export function BankEditorActions({ activeSet }: { activeSet: { slug: string; title: string } | null }) {
  return (
    <div className="flex flex-wrap gap-2">
      {activeSet ? (
        <Link href={`/sets/${activeSet.slug}/questions/new`} className={`${buttonPrimary} max-w-full wrap-anywhere`}>
          Add a question to {activeSet.title}
        </Link>
      ) : null}
      <Link href="/sets/new" className={activeSet ? buttonSecondary : buttonPrimary}>
        New set
      </Link>
      <Link href="/admin/import" className={buttonSecondary}>
        Import Markdown
      </Link>
    </div>
  );
}
