import { Badge } from "@/components/ui/badge";
import type { Audience } from "@/lib/generated/prisma/enums";
import { AUDIENCE_LABELS, DIFFICULTY_LABELS, LEVEL_LABELS } from "@/lib/questions/labels";

const difficultyTone = { EASY: "success", MEDIUM: "warning", HARD: "danger" } as const;

interface Props {
  difficulty: string;
  level: string | null;
  audience: Audience;
  minutes: number | null;
  /** Candidates only ever see practice questions, so the audience badge means nothing to them. */
  showAudience: boolean;
}

export function QuestionBadges({ difficulty, level, audience, minutes, showAudience }: Props) {
  return (
    <div className="flex flex-wrap items-center gap-1.5">
      <Badge tone={difficultyTone[difficulty as keyof typeof difficultyTone] ?? "neutral"}>{DIFFICULTY_LABELS[difficulty] ?? difficulty}</Badge>
      {level ? <Badge>{LEVEL_LABELS[level] ?? level}</Badge> : null}
      {minutes ? <Badge>{minutes} min</Badge> : null}
      {showAudience && audience !== "BOTH" ? <Badge tone="accent">{AUDIENCE_LABELS[audience]}</Badge> : null}
    </div>
  );
}
