import { Link } from "@/components/ui/link";
import { buttonSecondary, card, link } from "@/components/ui/styles";

/** Download everything the app keeps about you (lib/account/export.ts); what is kept: docs/privacy.md. */
export function YourData() {
  return (
    <section aria-labelledby="data-heading" className={`${card} space-y-3 p-6`}>
      <h2 id="data-heading" className="font-medium">
        Your data
      </h2>
      <p className="text-sm text-muted">
        Everything this app keeps about you: your account, where you are signed in, every practice review with your answers, and your practice schedule. The zip holds one CSV file
        per part, for a spreadsheet.{" "}
        <Link href="/privacy" className={link}>
          What is kept, and why
        </Link>
      </p>
      <div className="flex flex-wrap gap-3">
        <a href="/account/export?format=json" className={buttonSecondary} download>
          Download as JSON
        </a>
        <a href="/account/export?format=csv" className={buttonSecondary} download>
          Download as CSV (zip)
        </a>
      </div>
    </section>
  );
}
