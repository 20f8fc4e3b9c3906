import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { notFound } from "next/navigation";
import { DecisionForm } from "@/components/debrief/decision-form";
import { DecisionList, decisionTone } from "@/components/debrief/decision-list";
import { DECISION_LABELS } from "@/lib/debrief/schema";
import { RevisionForm } from "@/components/debrief/revision-form";
import { ScorecardsSideBySide } from "@/components/debrief/scorecards-side-by-side";
import { Badge } from "@/components/ui/badge";
import { PageHeader } from "@/components/ui/page-header";
import { card } from "@/components/ui/styles";
import { getDebrief } from "@/lib/debrief/queries";
import { getViewerTimeZone } from "@/lib/scheduling/queries";
import { SCORECARD_STATUS_LABELS } from "@/lib/scoring/visibility";

export const metadata: Metadata = { title: "Debrief" };

const precisionText = (precision: NonNullable<Awaited<ReturnType<typeof getDebrief>>["debrief"]>["precision"]) => {
  if (precision.kind === "none") return null;
  if (precision.kind === "standard-error") {
    return `Panel composite ${precision.composite.toFixed(2)} ± ${precision.margin.toFixed(2)} (95%; standard error ${precision.standardError.toFixed(2)}, from ${precision.ratings} ratings and a G study of ${precision.candidates} candidates).`;
  }
  return `Panel composite ${precision.composite.toFixed(2)} from ${precision.ratings} ratings. No standard error yet: ${precision.reason}${precision.needed > 0 ? ` (${precision.needed} more candidates needed)` : ""}.`;
};

// No loading.tsx: anyone who may neither decide nor sits on the panel gets a real 404.
export default async function DebriefPage({ params }: PageProps<"/interviews/[id]/debrief">) {
  const { debrief } = await getDebrief((await params).id);
  if (!debrief) notFound();
  const timeZone = (await getViewerTimeZone()) ?? "UTC";
  const { session } = debrief;
  const waiting = debrief.statuses.filter((row) => row.status !== "SUBMITTED");
  const precision = precisionText(debrief.precision);

  return (
    <div className="space-y-6">
      <nav aria-label="Breadcrumb" className="flex gap-2 text-sm text-muted">
        <Link href={`/candidates/${session.candidate.id}`} className="hover:text-fg hover:underline">
          {session.candidate.name}
        </Link>
        <span aria-hidden="true">/</span>
        <Link href={`/interviews/${session.id}`} className="hover:text-fg hover:underline">
          {session.title}
        </Link>
      </nav>
      <PageHeader
        title={`Debrief: ${session.candidate.name}`}
        description={session.title}
        actions={debrief.decisions[0] ? <Badge tone={decisionTone(debrief.decisions[0].outcome)}>{DECISION_LABELS[debrief.decisions[0].outcome]}</Badge> : null}
      />
      {!debrief.complete ? (
        <section aria-labelledby="waiting-heading" className={`${card} space-y-3 p-5`}>
          <h2 id="waiting-heading" className="font-semibold">
            Waiting for the panel
          </h2>
          <p className="text-sm text-muted">The debrief opens when every panelist has submitted, so each scorecard is written independently.</p>
          <ul className="space-y-1 text-sm" aria-label="Scorecard status of each panel member">
            {debrief.statuses.map(({ user, status }) => (
              <li key={user.id} className="flex justify-between gap-3">
                <span>{user.name ?? user.email}</span>
                <Badge tone={status === "SUBMITTED" ? "accent" : "neutral"}>{SCORECARD_STATUS_LABELS[status]}</Badge>
              </li>
            ))}
          </ul>
          {waiting.length ? <p className="text-sm">Still to submit: {waiting.map(({ user }) => user.name ?? user.email).join(", ")}.</p> : null}
        </section>
      ) : (
        <>
          <section aria-labelledby="scorecards-heading" className="space-y-3">
            <h2 id="scorecards-heading" className="text-lg font-semibold">
              Scorecards
            </h2>
            {precision ? (
              <p className="text-sm" data-testid="panel-composite">
                {precision}
              </p>
            ) : null}
            <ScorecardsSideBySide debrief={debrief} timeZone={timeZone} />
            {debrief.ownScorecard ? (
              <RevisionForm
                scorecardId={debrief.ownScorecard.id}
                questions={session.questions.map((question) => ({
                  id: question.id,
                  title: question.title,
                  rating: debrief.ownScorecard!.scores.find((score) => score.sessionQuestionId === question.id)?.rating ?? null,
                }))}
              />
            ) : null}
          </section>
          {debrief.mayDecide ? (
            <section aria-labelledby="decide-heading" className={`${card} space-y-3 p-5`}>
              <h2 id="decide-heading" className="text-lg font-semibold">
                Decide
              </h2>
              <DecisionForm sessionId={session.id} hasDecision={debrief.decisions.length > 0} />
            </section>
          ) : null}
        </>
      )}
      <section aria-labelledby="decisions-heading" className="space-y-3">
        <h2 id="decisions-heading" className="text-lg font-semibold">
          Decisions
        </h2>
        <DecisionList
          decisions={debrief.decisions}
          timeZone={timeZone}
          empty={debrief.mayDecide ? "No decision yet. Record it above once the panel has talked it through." : "No decision yet."}
        />
      </section>
    </div>
  );
}
