import type { ComparedCandidate, RawAndAdjusted } from "@/lib/comparison/compare-candidates";
import type { ComparisonView } from "@/lib/comparison/compare-view";
import { sayPanelAgreement } from "@/lib/comparison/plain-words-agreement";
import { sayAdjustedComposite, sayComposite, sayPrecisionNotYet } from "@/lib/comparison/plain-words-scores";
import { RECOMMENDATION_LABELS, RECOMMENDATIONS } from "@/lib/scoring/composite";
import { candidateChunks, chunkLabel, stickyRowHeader } from "./candidate-chunks";
import { CandidateTableHead } from "./candidate-table-head";
import { estimateText, fixed, signedScore, spreadText } from "./format";

const cell = "px-3 py-2 align-top tabular-nums";
/** Sentences wrap at a readable width inside a table that is otherwise as wide as its numbers. */
const sentence = "mt-1 block w-48 whitespace-normal text-xs text-muted print:w-auto";
const rowHeader = `${stickyRowHeader} px-3 py-2 text-left align-top`;
/** Four candidates' columns fit beside the row headers at 1280 px and on an A4 landscape page. */
const PER_TABLE = 4;

function Adjusted({ value, shown }: { value: RawAndAdjusted; shown: boolean }) {
  if (!shown || value.raw.n === 0) return null;
  return (
    <span className="block text-xs">adjusted {value.adjusted === null ? <span className="text-muted">– ({value.notAdjusted} as given)</span> : signedScore(value.adjusted)}</span>
  );
}

function Composite({ candidate, adjusted }: { candidate: ComparedCandidate; adjusted: boolean }) {
  const { overall, precision } = candidate;
  if (overall.raw.mean === null) return <span className="text-muted">nothing rated</span>;
  return (
    <>
      <span className="block font-medium">
        {fixed(overall.raw.mean)}
        {precision?.kind === "standard-error" ? <span className="font-normal"> ± {fixed(precision.margin)}</span> : null}
      </span>
      <Adjusted value={overall} shown={adjusted} />
      <span className={sentence}>
        {precision?.kind === "standard-error" ? sayComposite(overall.raw.mean, precision.standardError) : precision ? sayPrecisionNotYet(precision, precision.scope.words) : null}
      </span>
      {adjusted ? <span className={sentence}>{sayAdjustedComposite(overall.raw.mean, overall.adjusted, overall.notAdjusted, overall.raw.n)}</span> : null}
    </>
  );
}

/** Roll-ups per competency, the composite with its margin, recommendations and each interview's panel agreement. */
export function SummaryTable({ view, blind }: { view: ComparisonView; blind: boolean }) {
  const n = view.comparison.candidates.length;
  return (
    <div className="space-y-4" data-testid="summary-table">
      {candidateChunks(n, PER_TABLE).map((chunk) => (
        <SummaryChunk key={chunk.start} view={view} blind={blind} start={chunk.start} end={chunk.end} label={chunkLabel(chunk, n)} />
      ))}
    </div>
  );
}

function SummaryChunk({ view, blind, start, end, label }: { view: ComparisonView; blind: boolean; start: number; end: number; label: string }) {
  const { comparison } = view;
  const names = view.names.slice(start, end);
  const candidates = comparison.candidates.slice(start, end);
  return (
    <div className="relative overflow-x-auto rounded-xl border border-border bg-surface" tabIndex={0} role="region" aria-label={`Summary figures${label}`}>
      <table className="w-full min-w-max text-sm print:min-w-0">
        <caption className="sr-only">Roll-ups per competency, composite with its margin of error, recommendations and panel agreement{label}</caption>
        <CandidateTableHead first="Competency" names={names} />
        <tbody className="divide-y divide-border">
          {comparison.competencies.map((competency) => (
            <tr key={competency.name}>
              <th scope="row" className={`${rowHeader} font-normal`}>
                {competency.name}
              </th>
              {competency.perCandidate.slice(start, end).map((value, i) => (
                <td key={i} className={cell}>
                  {spreadText(value.raw)}
                  <Adjusted value={value} shown={comparison.adjusted} />
                </td>
              ))}
            </tr>
          ))}
          <tr>
            <th scope="row" className={`${rowHeader} font-medium`}>
              Composite
              <span className="block text-xs font-normal text-muted">mean of every rating ± 95% margin</span>
            </th>
            {candidates.map((candidate) => (
              <td key={candidate.id} className={cell} data-testid="composite-cell">
                <Composite candidate={candidate} adjusted={comparison.adjusted} />
              </td>
            ))}
          </tr>
          <tr>
            <th scope="row" className={`${rowHeader} font-normal`}>
              Recommendations
            </th>
            {candidates.map((candidate) => (
              <td key={candidate.id} className="px-3 py-2 align-top">
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
            <th scope="row" className={`${rowHeader} font-normal`}>
              Panel agreement
              <span className="block text-xs text-muted">
                r<sub>wg(J)</sub> per interview, 0 to 1
              </span>
            </th>
            {candidates.map((candidate) => (
              <td key={candidate.id} className="space-y-2 px-3 py-2 align-top" data-testid="agreement-cell">
                {candidate.sessions.map((session, index) => (
                  <span key={session.id} className="block">
                    <span className="block text-xs text-muted">{blind ? `Interview ${index + 1}` : session.title}</span>
                    {session.agreement.kind === "rwg" ? (
                      <span className="block tabular-nums">
                        {estimateText(session.agreement.estimate)} · {session.agreement.items} question{session.agreement.items === 1 ? "" : "s"}
                        {session.agreement.droppedItems > 0 ? `, ${session.agreement.droppedItems} left out` : ""}
                      </span>
                    ) : null}
                    <span className={sentence}>{sayPanelAgreement(session.agreement)}</span>
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
