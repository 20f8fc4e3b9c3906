import type { ImportError } from "@/lib/content/dry-run-and-apply";

/** Every problem as file:line, the message, and the offending line as it is in the file. */
export function ImportErrors({ errors }: { errors: ImportError[] }) {
  return (
    <section aria-labelledby="import-errors-heading" className="rounded-xl border border-danger/40 bg-surface shadow-sm">
      <h2 id="import-errors-heading" className="border-b border-border px-4 py-3 text-sm font-semibold text-danger">
        Problems to fix ({errors.length})
      </h2>
      <ul className="divide-y divide-border">
        {errors.map((error, index) => (
          <li key={index} className="px-4 py-3 text-sm" data-testid="import-error">
            <p>
              <code className="font-semibold">
                {error.file}:{error.line}
              </code>{" "}
              {error.message}
            </p>
            {error.source !== undefined ? (
              <pre className="mt-2 overflow-x-auto rounded bg-subtle px-3 py-1.5 text-xs">
                <span aria-hidden="true" className="mr-3 text-muted select-none">
                  {error.line} |
                </span>
                {error.source}
              </pre>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
