// A learner's practice settings: their day (User.timeZone, see days.ts), daily limits and desired
// retention. No PracticeSettings row means the defaults (Anki's: 20 new and 200 reviews a day,
// ts-fsrs's 90% retention).
import type { Database } from "@/lib/db-client";
import { practiceZone } from "./days";

export const DEFAULT_SETTINGS = { newPerDay: 20, reviewsPerDay: 200, retention: 0.9, remindByEmail: false };

export interface Learner {
  zone: string;
  newPerDay: number;
  reviewsPerDay: number;
  retention: number;
  remindByEmail: boolean;
}

export async function readLearner(db: Database, userId: string): Promise<Learner> {
  const row = await db.user.findUnique({
    where: { id: userId },
    select: { timeZone: true, practiceSettings: { select: { newPerDay: true, reviewsPerDay: true, retention: true, remindByEmail: true } } },
  });
  return { zone: practiceZone(row?.timeZone), ...DEFAULT_SETTINGS, ...(row?.practiceSettings ?? {}) };
}
