"use client";

import { Link } from "@/components/ui/link";
import { startTransition, useActionState, useState, type ChangeEvent, type FormEvent } from "react";
import { Badge } from "@/components/ui/badge";
import { FieldError } from "@/components/ui/text-field";
import { buttonPrimary, buttonSecondary, card, input, label, link } from "@/components/ui/styles";
import { importCandidatesAction, type ImportFormState } from "@/lib/candidates/import-actions";
import { IMPORT_LIMITS } from "@/lib/candidates/schema";

const sameText = (a: string, b: string) => a.replace(/\r\n?/g, "\n") === b.replace(/\r\n?/g, "\n");

/**
 * Choose (or paste) a CSV, preview it, then import. The text stays in an editable box, so a
 * problem on line 12 is fixed here and previewed again; nothing typed is lost on a refusal.
 */
export function CandidateImport() {
  const [state, dispatch, pending] = useActionState<ImportFormState, FormData>(importCandidatesAction, {});
  const [text, setText] = useState("");
  const [fileError, setFileError] = useState<string | null>(null);
  const preview = state.preview;
  const adding = preview?.rows.filter((row) => row.skip === null).length ?? 0;
  // A submitted textarea's line ends arrive as CRLF: compare the text, not its line ends.
  const unchanged = state.previewed !== undefined && sameText(state.previewed, text);
  const canApply = Boolean(preview) && preview!.problems.length === 0 && adding > 0 && unchanged && !state.ok;

  async function onFile(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    if (!file) return;
    if (file.size > IMPORT_LIMITS.bytes) {
      setFileError(`${file.name} is ${file.size.toLocaleString("en")} bytes; at most ${IMPORT_LIMITS.bytes.toLocaleString("en")} can be imported at once. Split it.`);
      return;
    }
    setFileError(null);
    setText(await file.text());
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    // The pressed button says whether to preview or import.
    const formData = new FormData(event.currentTarget, (event.nativeEvent as SubmitEvent).submitter);
    startTransition(() => dispatch(formData));
  }

  const textErrors = [...(fileError ? [fileError] : []), ...(state.errors?.text ?? [])];
  return (
    <form onSubmit={onSubmit} className="space-y-6" aria-label="Import candidates">
      <div className={`${card} space-y-4 p-6`}>
        <div>
          <label htmlFor="csv-file" className={`${label} mb-1`}>
            CSV file
          </label>
          <input id="csv-file" type="file" accept=".csv,text/csv" onChange={onFile} className="block text-sm" />
        </div>
        <div>
          <label htmlFor="text" className={`${label} mb-1`}>
            Its text (you can paste or fix it here)
          </label>
          <textarea
            id="text"
            name="text"
            rows={8}
            value={text}
            onChange={(event) => setText(event.target.value)}
            spellCheck={false}
            className={`${input} font-mono`}
            placeholder={"name,email,position\nAda Lovelace,ada@example.com,Platform Engineer"}
            aria-invalid={textErrors.length > 0 || undefined}
            aria-describedby={textErrors.length > 0 ? "text-error" : undefined}
          />
          <FieldError id="text-error" errors={textErrors.length > 0 ? textErrors : undefined} />
        </div>
        <div className="flex flex-wrap items-center gap-3">
          <button type="submit" name="intent" value="preview" className={buttonSecondary} disabled={pending}>
            Preview
          </button>
          <button type="submit" name="intent" value="apply" className={buttonPrimary} disabled={pending || !canApply} aria-describedby="apply-why">
            {adding > 0 && canApply ? `Import ${adding} candidate${adding === 1 ? "" : "s"}` : "Import"}
          </button>
          <span id="apply-why" className="text-sm text-muted">
            {canApply
              ? ""
              : state.ok
                ? ""
                : preview && !unchanged
                  ? "The text changed since the preview: preview again."
                  : preview && preview.problems.length > 0
                    ? "Fix the problems first."
                    : preview && adding === 0
                      ? "Nobody new to add."
                      : "Preview the file first."}
          </span>
        </div>
        <p role="status" aria-live="polite" className={`text-sm ${state.ok ? "text-success" : "text-danger"}`}>
          {state.message}
          {state.ok ? (
            <>
              {" "}
              <Link href="/candidates" className={link}>
                See the candidates
              </Link>
            </>
          ) : null}
        </p>
      </div>

      {preview && preview.problems.length > 0 ? (
        <section aria-labelledby="problems-heading" className={`${card} border-danger p-6`}>
          <h2 id="problems-heading" className="mb-2 font-semibold text-danger">
            {preview.problems.length === 1 ? "1 problem" : `${preview.problems.length} problems`}: nothing is imported until they are fixed
          </h2>
          <ul className="list-disc space-y-1 pl-5 text-sm" data-testid="import-problems">
            {preview.problems.map((problem, index) => (
              <li key={index}>
                {problem.line !== null ? `Line ${problem.line}` : "The file"}
                {problem.column ? `, ${problem.column}` : ""}: {problem.message}
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {preview && preview.rows.length > 0 ? (
        <section aria-labelledby="rows-heading" className={`${card} p-4 sm:p-6`}>
          <h2 id="rows-heading" className="mb-2 font-semibold">
            {adding} to add{preview.rows.length > adding ? `, ${preview.rows.length - adding} to skip` : ""}
          </h2>
          <table className="w-full text-left text-sm" data-testid="import-rows">
            <thead className="text-muted">
              <tr>
                <th scope="col" className="py-1 pr-3">
                  Line
                </th>
                <th scope="col" className="py-1 pr-3">
                  Candidate
                </th>
                <th scope="col" className="py-1">
                  What happens
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-border">
              {preview.rows.map((row) => (
                <tr key={row.line}>
                  <td className="py-1 pr-3 tabular-nums">{row.line}</td>
                  <td className="py-1 pr-3">
                    <span className="font-medium break-words">{row.candidate.name}</span>
                    <span className="block break-all text-muted">{[row.candidate.email, row.candidate.position].filter(Boolean).join(" · ") || "No email or position"}</span>
                  </td>
                  <td className="py-1">{row.skip ? <Badge tone="warning">Skipped: {row.skip}</Badge> : <Badge tone="success">Will be added</Badge>}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ) : null}
    </form>
  );
}
