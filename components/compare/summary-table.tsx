import type { Comparison } from "@/lib/comparison/compare-candidates";
import { RECOMMENDATION_LABELS, RECOMMENDATIONS } from "@/lib/scoring/composite";
import { CandidateTableHead } from "./candidate-table-head";
import { fixed, spreadText } from "./format";

/** Roll-ups per competency and overall, the composite and the recommendation tally. */
export function SummaryTable({ comparison, names }: { comparison: Comparison; names: string[] }) {
  const cell = "px-3 py-2 tabular-nums";
  return (
    <div className="overflow-x-auto rounded-xl border border-border bg-surface">
      <table className="w-full min-w-max text-sm" data-testid="summary-table">
        <caption className="sr-only">Roll-ups per competency, overall score, composite and recommendations</caption>
        <CandidateTableHead first="Competency" names={names} />
        <tbody className="divide-y divide-border">
          {comparison.competencies.map((competency) => (
            <tr key={competency.name}>
              <th scope="row" className="px-3 py-2 text-left font-normal">
                {competency.name}
              </th>
              {competency.perCandidate.map((spread, i) => (
                <td key={i} className={cell}>
                  {spreadText(spread)}
                </td>
              ))}
            </tr>
          ))}
          <tr className="font-medium">
            <th scope="row" className="px-3 py-2 text-left">
              Overall
            </th>
            {comparison.candidates.map((candidate) => (
              <td key={candidate.id} className={cell}>
                {spreadText(candidate.overall)}
              </td>
            ))}
          </tr>
          <tr>
            <th scope="row" className="px-3 py-2 text-left font-normal">
              Composite <span className="text-xs text-muted">(mean of scorecard composites, raw)</span>
            </th>
            {comparison.candidates.map((candidate) => (
              <td key={candidate.id} className={cell}>
                {fixed(candidate.composite)}
              </td>
            ))}
          </tr>
          <tr>
            <th scope="row" className="px-3 py-2 text-left font-normal">
              Recommendations
            </th>
            {comparison.candidates.map((candidate) => (
              <td key={candidate.id} className="px-3 py-2">
                <ul className="space-y-0.5">
                  {RECOMMENDATIONS.filter((rec) => candidate.recommendations[rec] > 0).map((rec) => (
                    <li key={rec}>
                      {RECOMMENDATION_LABELS[rec]}: {candidate.recommendations[rec]}
                    </li>
                  ))}
                </ul>
              </td>
            ))}
          </tr>
          <tr>
            <th scope="row" className="px-3 py-2 text-left font-normal">
              Panel agreement
            </th>
            {comparison.candidates.map((candidate) => (
              <td key={candidate.id} className="px-3 py-2">
                {candidate.sessions.map((session) => (
                  <span key={session.id} className="block">
                    {session.agreement.method === "none" ? (
                      <span className="text-muted">{session.agreement.reason}</span>
                    ) : (
                      `${session.agreement.label} ${fixed(session.agreement.value)} (${session.agreement.band})`
                    )}
                  </span>
                ))}
              </td>
            ))}
          </tr>
        </tbody>
      </table>
    </div>
  );
}
