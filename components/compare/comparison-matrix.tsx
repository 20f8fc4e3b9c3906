import type { Comparison } from "@/lib/comparison/compare-candidates";
import { CandidateTableHead } from "./candidate-table-head";
import { fixed, spreadText } from "./format";

/** Questions × candidates: each interviewer's rating, then the mean ± spread. */
export function ComparisonMatrix({ comparison, names }: { comparison: Comparison; names: string[] }) {
  return (
    <div className="overflow-x-auto rounded-xl border border-border bg-surface">
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
                        {cell.ratings.map((entry, i) => (
                          <span key={i} title={entry.interviewer} className="mr-2">
                            {comparison.normalised && entry.normalised !== null ? fixed(entry.normalised, 1) : entry.raw}
                            <span className="sr-only"> by {entry.interviewer}</span>
                          </span>
                        ))}
                      </span>
                      <span className="text-xs text-muted tabular-nums">{spreadText(cell.spread)}</span>
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
