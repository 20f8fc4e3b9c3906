export const STATUS_LABELS = { DRAFT: "Draft", IN_PROGRESS: "In progress", COMPLETED: "Completed", CANCELLED: "Cancelled" } as const;

interface Snapshot {
  title?: string;
  minutes?: number | null;
  custom?: boolean;
}

/** Title and minutes of an interview question: its frozen snapshot once started, else the bank's. */
export function describeSessionQuestion(item: { snapshot: unknown; question: { title: string; minutes: number | null } | null }) {
  const snapshot = (item.snapshot ?? {}) as Snapshot;
  return {
    title: snapshot.title ?? item.question?.title ?? "Untitled question",
    minutes: snapshot.minutes ?? item.question?.minutes ?? null,
    custom: snapshot.custom === true,
  };
}
