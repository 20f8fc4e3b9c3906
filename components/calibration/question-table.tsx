import { Badge } from "@/components/ui/badge";
import { estimateText, fixed } from "@/components/compare/format";
import type { QuestionCalibration } from "@/lib/comparison/calibration";
import { sayRubricAgreement } from "@/lib/comparison/plain-words-agreement";
import { percent } from "@/lib/comparison/plain-words-format";
import { sayQuestion } from "@/lib/comparison/plain-words-scores";

const head = "px-3 py-2 text-left font-medium";
const cell = "px-3 py-2 tabular-nums";

function Verdicts({ q }: { q: QuestionCalibration }) {
  const badges = [
    q.separates.kind === "verdict" && q.separates.verdict === "does-not-separate" ? (
      <Badge key="s" tone="warning">
        Does not separate candidates
      </Badge>
    ) : null,
    q.rubric.kind === "verdict" && q.rubric.verdict === "needs-work" ? (
      <Badge key="r" tone="warning">
        Rubric needs work
      </Badge>
    ) : null,
  ].filter(Boolean);
  return badges.length ? <span className="flex flex-wrap gap-1">{badges}</span> : null;
}

/** Every question that was rated: the figures in a row, then the two sentences that read them. */
export function QuestionTable({ questions }: { questions: QuestionCalibration[] }) {
  if (questions.length === 0) return <p className="text-sm text-muted">No rated questions on scorecards you may read yet.</p>;
  return (
    <div className="relative overflow-x-auto rounded-xl border border-border bg-surface" tabIndex={0} role="region" aria-label="Question figures">
      <table className="w-full min-w-max text-sm" aria-label="Question calibration">
        <thead className="bg-subtle">
          <tr>
            <th scope="col" className={head}>
              Question
            </th>
            <th scope="col" className={head}>
              Asked
            </th>
            <th scope="col" className={head}>
              Mean ± SD
            </th>
            <th scope="col" className={head}>
              1s / 4s
            </th>
            <th scope="col" className={head}>
              Separates (item–rest r)
            </th>
            <th scope="col" className={head}>
              Panels agree (ICC(1,1))
            </th>
          </tr>
        </thead>
        {questions.map((q) => (
          <tbody key={q.questionKey} className="border-t border-border">
            <tr className="align-top">
              <th scope="row" className="max-w-md px-3 pt-2 text-left font-normal">
                <span className="block">{q.title}</span>
                <Verdicts q={q} />
              </th>
              <td className={`${cell} pt-2`}>{q.timesAsked}</td>
              <td className={`${cell} pt-2`}>
                {fixed(q.mean)} ± {fixed(q.sd)}
                <span className="block text-xs text-muted">n {q.ratings}</span>
              </td>
              <td className={`${cell} pt-2`}>
                {percent(q.floorRate)} / {percent(q.ceilingRate)}
              </td>
              <td className={`${cell} pt-2`}>{q.discrimination.kind === "estimate" ? estimateText(q.discrimination.estimate) : <span className="text-muted">–</span>}</td>
              <td className={`${cell} pt-2`}>{q.agreement.kind === "icc" ? estimateText(q.agreement.single) : <span className="text-muted">–</span>}</td>
            </tr>
            <tr>
              <td colSpan={6} className="px-3 pb-3 text-xs text-muted">
                <span className="block max-w-4xl">{sayQuestion(q)}</span>
                <span className="block max-w-4xl">{sayRubricAgreement(q.agreement, q.rubric)}</span>
              </td>
            </tr>
          </tbody>
        ))}
      </table>
    </div>
  );
}
