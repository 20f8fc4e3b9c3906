import { Badge } from "@/components/ui/badge";
import type { ChangeKind, ImportPlan, QuestionChange } from "@/lib/content/dry-run-and-apply";
import { TextDiff } from "./text-diff";

const KIND_LABELS: Record<ChangeKind, string> = {
  added: "Added",
  changed: "Changed",
  restored: "Restored",
  moved: "Moved",
  archived: "Archived",
  unchanged: "Unchanged",
};
const KIND_TONES = { added: "success", changed: "accent", restored: "success", moved: "neutral", archived: "warning", unchanged: "neutral" } as const;

/** The dry run: per set, what each question would become, with a text diff for changed ones. */
export function ImportPlanView({ plan, applied }: { plan: ImportPlan; applied: boolean }) {
  const totals = (Object.keys(KIND_LABELS) as ChangeKind[]).filter((kind) => plan.counts[kind] > 0);
  return (
    <section aria-labelledby="import-plan-heading" className="space-y-4">
      <div className="flex flex-wrap items-center gap-2">
        <h2 id="import-plan-heading" className="text-lg font-semibold">
          {applied ? "Imported" : "Dry run: nothing has been written yet"}
        </h2>
        <ul className="flex flex-wrap gap-2" aria-label="Totals">
          {totals.map((kind) => (
            <li key={kind}>
              <Badge tone={KIND_TONES[kind]}>
                {plan.counts[kind]} {KIND_LABELS[kind].toLowerCase()}
              </Badge>
            </li>
          ))}
        </ul>
      </div>
      {plan.sets.map((set) => (
        <article key={set.slug} className="rounded-xl border border-border bg-surface shadow-sm" data-testid="import-set">
          <header className="border-b border-border px-4 py-3">
            <h3 className="font-medium">
              {set.title} <span className="text-sm font-normal text-muted">({set.slug})</span> {set.isNew ? <Badge tone="success">new set</Badge> : null}
            </h3>
            <p className="text-xs text-muted">from {set.file}</p>
            {set.setChanges.length > 0 ? (
              <ul className="mt-1 text-sm">
                {set.setChanges.map((change) => (
                  <li key={change}>Set {change}</li>
                ))}
              </ul>
            ) : null}
          </header>
          <ChangeList changes={set.changes} />
        </article>
      ))}
    </section>
  );
}

function ChangeList({ changes }: { changes: QuestionChange[] }) {
  const unchanged = changes.filter((change) => change.kind === "unchanged");
  const others = changes.filter((change) => change.kind !== "unchanged");
  return (
    <div className="px-4 py-3 text-sm">
      {others.length === 0 ? <p className="text-muted">No question changes.</p> : null}
      <ul className="space-y-2">
        {others.map((change) => (
          <li key={change.id} data-testid="import-change" data-kind={change.kind}>
            <div className="flex flex-wrap items-baseline gap-2">
              <Badge tone={KIND_TONES[change.kind]}>{KIND_LABELS[change.kind]}</Badge>
              <span className="font-medium">{change.title}</span>
              <code className="text-xs text-muted">
                {change.id}
                {change.fromVersion ? ` · v${change.fromVersion}${change.kind === "changed" || change.kind === "restored" ? ` → v${change.fromVersion + 1}` : ""}` : ""}
              </code>
            </div>
            {change.diff ? (
              <details className="mt-1">
                <summary className="cursor-pointer text-xs text-muted">Show the text diff</summary>
                <div className="mt-2">
                  <TextDiff parts={change.diff} label={`Changes to ${change.title}`} />
                </div>
              </details>
            ) : null}
          </li>
        ))}
      </ul>
      {unchanged.length > 0 ? <p className="mt-2 text-xs text-muted">{unchanged.length} unchanged</p> : null}
    </div>
  );
}
