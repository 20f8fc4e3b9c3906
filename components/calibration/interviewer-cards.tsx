import { card } from "@/components/ui/styles";
import { signedScore, fixed } from "@/components/compare/format";
import type { InterviewerCalibration } from "@/lib/comparison/calibration";
import { sayDisagreements, sayLeniencyNow, sayPanelDifference } from "@/lib/comparison/plain-words-calibration";
import { Z_95 } from "@/lib/comparison/measurement-error";

const signed = (value: number) => (value > 0 ? "+" : "") + signedScore(value);
const figure = "font-medium tabular-nums";
const words = "text-muted";

/** One card per interviewer: each figure with its interval and a sentence. */
export function InterviewerCards({ interviewers }: { interviewers: InterviewerCalibration[] }) {
  if (interviewers.length === 0) return <p className="text-sm text-muted">No submitted scorecards you may read yet.</p>;
  return (
    <ul className="grid gap-4 lg:grid-cols-2" aria-label="Interviewer calibration">
      {interviewers.map((row) => (
        <li key={row.id} className={`${card} space-y-3 p-4 text-sm`} aria-label={row.name}>
          <h3 className="text-base font-semibold">{row.name}</h3>
          <p className="text-muted">
            {row.scorecards} scorecard{row.scorecards === 1 ? "" : "s"} · mean rating {fixed(row.ratings.mean)} over {row.ratings.n} rating{row.ratings.n === 1 ? "" : "s"}
          </p>
          <dl className="space-y-3">
            <div>
              <dt>
                Against the rest of the panel:{" "}
                {row.panelDifference ? (
                  <span className={figure}>
                    {signed(row.panelDifference.value)}
                    {row.panelDifference.interval ? ` (95%: ${signed(row.panelDifference.interval.lower)} to ${signed(row.panelDifference.interval.upper)})` : ""}
                  </span>
                ) : (
                  <span className={figure}>–</span>
                )}
              </dt>
              <dd className={words}>
                {row.panelDifference
                  ? sayPanelDifference(row.name, row.panelDifference, row.panelDifference.verdict)
                  : `${row.name} has not rated a question alongside another interviewer yet.`}
              </dd>
            </div>
            <div>
              <dt>
                Leniency (what Compare adjusts for):{" "}
                <span className={figure}>
                  {row.leniency.kind === "estimated" ? `${signed(row.leniency.value)} ± ${fixed(Z_95 * row.leniency.standardError)}` : "not estimated"}
                </span>
              </dt>
              <dd className={words}>{sayLeniencyNow(row.name, row.leniency)}</dd>
            </div>
            <div>
              <dt>
                Recommendation against own composite:{" "}
                <span className={figure}>
                  {row.disagreements.count} of {row.disagreements.of}
                </span>
              </dt>
              <dd className={words}>{sayDisagreements(row.name, row.disagreements.count, row.disagreements.of, row.disagreements.interval)}</dd>
            </div>
          </dl>
        </li>
      ))}
    </ul>
  );
}
