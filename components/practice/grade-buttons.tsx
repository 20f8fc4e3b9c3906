import { buttonPrimary, buttonSecondary, card } from "@/components/ui/styles";
import { GRADE_LABELS, suggestGrade, type Grade } from "@/lib/practice/grades";
import { GRADES } from "./use-practice-run";

interface Props {
  ticked: number;
  keyPoints: number;
  /** When each grade would bring the question back ("10 min"). */
  intervals: Record<Grade, string> | null;
  onGrade: (grade: Grade) => void;
}

/** Again / Hard / Good / Easy, with the grade the ticked key points suggest highlighted. */
export function GradeButtons({ ticked, keyPoints, intervals, onGrade }: Props) {
  const suggested = suggestGrade(ticked, keyPoints);
  return (
    <fieldset className={`${card} p-5`}>
      <legend className="sr-only">Grade yourself</legend>
      <p aria-hidden="true" className="text-sm font-semibold tracking-wide text-muted uppercase">
        Grade yourself
      </p>
      <p className="mt-1 text-sm text-muted">
        Suggested: <strong className="text-fg">{GRADE_LABELS[suggested]}</strong> ({ticked} of {keyPoints} key points).
      </p>
      <div className="mt-3 grid grid-cols-2 gap-2 sm:grid-cols-4">
        {GRADES.map((value) => (
          <button
            key={value}
            type="button"
            onClick={() => onGrade(value)}
            aria-keyshortcuts={String(value)}
            className={`${value === suggested ? buttonPrimary : buttonSecondary} flex-col !gap-0 py-2`}
          >
            <span>
              {value} · {GRADE_LABELS[value]}
            </span>
            <span className="text-xs font-normal opacity-80">back in {intervals?.[value]}</span>
          </button>
        ))}
      </div>
    </fieldset>
  );
}
