import { RECOMMENDATION_LABELS } from "@/lib/scoring/composite";
import type { Recommendation } from "@/lib/generated/prisma/enums";
import { formatDate } from "@/lib/format/date-time";

interface Revision {
  ratings: unknown;
  recommendation: Recommendation | null;
  reason: string;
  createdAt: Date;
}

/** Revisions after the debrief, under the submitted scorecard they revise (which stays as it was). */
export function RevisionNotes({ revisions, questions }: { revisions: Revision[]; questions: { id: string; title: string }[] }) {
  if (revisions.length === 0) return null;
  return (
    <ul className="space-y-1 border-l-2 border-warning pl-3 text-sm" aria-label="Revisions after the debrief">
      {revisions.map((revision, index) => {
        const ratings = (revision.ratings && typeof revision.ratings === "object" ? revision.ratings : {}) as Record<string, number>;
        const changes = [
          ...questions.flatMap((question, position) => (typeof ratings[question.id] === "number" ? [`Q${position + 1} to ${ratings[question.id]}`] : [])),
          ...(revision.recommendation ? [`recommendation to ${RECOMMENDATION_LABELS[revision.recommendation]}`] : []),
        ];
        return (
          <li key={index}>
            <span className="font-medium">Revised after the debrief ({formatDate(revision.createdAt)}):</span> {changes.join(", ")}.{" "}
            <span className="text-muted">{revision.reason}</span>
          </li>
        );
      })}
    </ul>
  );
}
