import { card } from "@/components/ui/styles";
import type { PlanReliability } from "@/lib/comparison/calibration";
import { decisionStudy, type GStudy } from "@/lib/comparison/g-study";
import { coefficient, percent } from "@/lib/comparison/plain-words-format";
import { sayDecisionStudy, sayGStudy } from "@/lib/comparison/plain-words-scores";

const COMPONENT_LABELS: [keyof Extract<GStudy, { kind: "g-study" }>["shares"], string][] = [
  ["candidate", "Candidates (what we want)"],
  ["interviewer", "Interviewers"],
  ["question", "Questions"],
  ["candidateInterviewer", "Candidate × interviewer"],
  ["candidateQuestion", "Candidate × question"],
  ["interviewerQuestion", "Interviewer × question"],
  ["residual", "The rest (noise)"],
];

/** What the composite's reliability would be with other numbers of interviewers and questions. */
function DecisionTable({ g, now }: { g: Extract<GStudy, { kind: "g-study" }>; now: { interviewers: number; questions: number } }) {
  const interviewers = [...new Set([1, 2, 3, 4, now.interviewers, now.interviewers + 1])].filter((n) => n >= 1).sort((a, b) => a - b);
  const questions = [...new Set([now.questions, now.questions + 2, now.questions + 4])];
  return (
    <table className="text-sm tabular-nums">
      <caption className="text-left text-xs text-muted">Reliability of the composite for ranking candidates (0 to 1)</caption>
      <thead>
        <tr>
          <th scope="col" className="py-1 pr-3 text-left font-medium">
            Interviewers
          </th>
          {questions.map((q) => (
            <th key={q} scope="col" className="px-2 py-1 text-left font-medium">
              {q} questions
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {interviewers.map((r) => (
          <tr key={r} className={r === now.interviewers ? "font-semibold" : undefined}>
            <th scope="row" className="py-1 pr-3 text-left font-normal">
              {r}
              {r === now.interviewers ? " (now)" : ""}
            </th>
            {questions.map((q) => (
              <td key={q} className="px-2 py-1">
                {coefficient(decisionStudy(g, { interviewers: r, questions: q }).relative)}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Per plan: where the spread in ratings comes from, how reliable composites are, and what would help. */
export function PlanReliabilityCards({ plans }: { plans: PlanReliability[] }) {
  if (plans.length === 0) return <p className="text-sm text-muted">No submitted scorecards you may read yet.</p>;
  return (
    <ul className="space-y-4" aria-label="Reliability per plan">
      {plans.map(({ key, plan, g, now }) => {
        const name = plan ? `Plan “${plan.name}”` : "Interviews built without a plan";
        return (
          <li key={key} className={`${card} space-y-3 p-4 text-sm`} aria-label={name}>
            <h3 className="text-base font-semibold">{name}</h3>
            {g.kind === "g-study" ? (
              <>
                <p className="text-muted">
                  {g.design.candidates} candidates · {g.design.interviewers} interviewers · {g.design.questions} questions · {g.design.ratings} ratings
                  {g.sample.sufficient ? "" : " · a first look"}
                </p>
                <p>
                  Reliability for ranking candidates <span className="font-medium tabular-nums">{coefficient(g.relative)}</span>; for reading a composite against the 2.5 bar{" "}
                  <span className="font-medium tabular-nums">{coefficient(g.absolute)}</span>.
                </p>
                <p className="text-muted">{sayGStudy(g)}</p>
                <div className="flex flex-wrap gap-8">
                  <table className="text-sm tabular-nums">
                    <caption className="text-left text-xs text-muted">Share of the spread in ratings</caption>
                    <tbody>
                      {COMPONENT_LABELS.map(([component, label]) => (
                        <tr key={component}>
                          <th scope="row" className="py-0.5 pr-3 text-left font-normal">
                            {label}
                          </th>
                          <td className="py-0.5">{percent(g.shares[component])}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                  {now ? <DecisionTable g={g} now={now} /> : null}
                </div>
                {now ? <p>{g.sample.sufficient ? sayDecisionStudy(g, now) : `A first look: ${sayDecisionStudy(g, now).replace(/^W/, "w")}`}</p> : null}
              </>
            ) : (
              <p className="text-muted">{sayGStudy(g)}</p>
            )}
          </li>
        );
      })}
    </ul>
  );
}
