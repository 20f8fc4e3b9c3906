import type { RatingEntry } from "@/lib/comparison/compare-candidates";
import type { ComparisonView } from "@/lib/comparison/compare-view";
import { CandidateTableHead } from "./candidate-table-head";
import { signedScore, spreadText } from "./format";

function Rating({ entry, adjusted }: { entry: RatingEntry; adjusted: boolean }) {
  const outside = entry.outside === "above" ? ", above the top of the scale" : entry.outside === "below" ? ", below the bottom of the scale" : "";
  return (
    <span title={entry.interviewer} className="mr-3 inline-block whitespace-nowrap">
      {entry.raw}
      {adjusted ? (
        entry.adjusted === null ? (
          <>
            <span className="text-muted" aria-hidden="true">
              *
            </span>
            <span className="sr-only"> (shown as given)</span>
          </>
        ) : (
          <span className="text-muted">
            {" "}
            → {signedScore(entry.adjusted)}
            {entry.outside ? <span aria-hidden="true">{entry.outside === "above" ? "↑" : "↓"}</span> : null}
          </span>
        )
      ) : null}
      <span className="sr-only">
        {" "}
        by {entry.interviewer}
        {outside}
      </span>
    </span>
  );
}

/** Questions × candidates: each interviewer's rating (and its adjusted value), then the mean ± spread. */
export function ComparisonMatrix({ view }: { view: ComparisonView }) {
  const { comparison, names } = view;
  // `relative`: the sr-only labels are absolutely positioned; without it a table wider than the box widens the whole page.
  // Focusable, so a keyboard can scroll a table wider than the screen (axe: scrollable-region-focusable).
  return (
    <div className="relative overflow-x-auto rounded-xl border border-border bg-surface" tabIndex={0} role="region" aria-label="Ratings per question">
      <table className="w-full min-w-max text-sm">
        <caption className="sr-only">Ratings per question and candidate</caption>
        <CandidateTableHead first="Question" names={names} />
        <tbody className="divide-y divide-border">
          {comparison.rows.map((row) => (
            <tr key={row.key} className="align-top">
              <th scope="row" className="max-w-80 px-3 py-2 text-left font-normal">
                <span className="block">{row.title}</span>
                <span className="text-xs text-muted">
                  {row.competency}
                  {row.versions.length ? ` · rubric v${row.versions.join(", v")}` : " · custom"}
                </span>
              </th>
              {row.cells.map((cell, column) => (
                <td key={column} className="px-3 py-2">
                  {cell === null ? (
                    <span className="text-muted">not asked</span>
                  ) : cell.ratings.length === 0 ? (
                    <span className="text-muted">not rated</span>
                  ) : (
                    <>
                      <span className="block tabular-nums">
                        {cell.ratings.map((entry) => (
                          <Rating key={entry.scorecardId} entry={entry} adjusted={comparison.adjusted} />
                        ))}
                      </span>
                      <span className="text-xs text-muted tabular-nums">
                        {spreadText(cell.summary.raw)}
                        {comparison.adjusted && cell.summary.adjusted !== null ? ` · adjusted ${signedScore(cell.summary.adjusted)}` : ""}
                      </span>
                    </>
                  )}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
