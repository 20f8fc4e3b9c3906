import { ActionButton } from "@/components/ui/action-button";
import { buttonSecondary } from "@/components/ui/styles";
import { addQuestionAction } from "@/lib/interviews/actions";
import type { Exposure } from "@/lib/interviews/exposure";

/** The draft's questions the candidate has practised, how often, and interview-only alternatives to add instead. */
export function ExposureNotice({ interviewId, exposure }: { interviewId: string; exposure: Exposure[] }) {
  if (exposure.length === 0) return null;
  return (
    <section aria-labelledby="exposure-heading" className="space-y-2 rounded-xl border border-warning bg-warning-soft p-4 text-sm">
      <h3 id="exposure-heading" className="font-semibold text-warning">
        The candidate has practised {exposure.length === 1 ? "one of these questions" : `${exposure.length} of these questions`}
      </h3>
      <ul className="space-y-2">
        {exposure.map((item) => (
          <li key={item.questionId}>
            <span className="font-medium">{item.title}</span>: practised {item.reviews} {item.reviews === 1 ? "time" : "times"}.
            {item.alternatives.length ? (
              <span className="mt-1 flex flex-wrap items-center gap-2">
                Interview-only instead:
                {item.alternatives.map((alternative) => (
                  <ActionButton
                    key={alternative.id}
                    action={addQuestionAction.bind(null, interviewId, alternative.id)}
                    className={buttonSecondary}
                    label={`Add ${alternative.title}`}
                  >
                    Add “{alternative.title}”
                  </ActionButton>
                ))}
              </span>
            ) : (
              <span className="text-muted"> No interview-only question of the same competency and set.</span>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
