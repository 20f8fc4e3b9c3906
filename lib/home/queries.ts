import "server-only";
import { requireUser } from "@/lib/auth/current-user";
import { now } from "@/lib/clock";
import { prisma } from "@/lib/db";
import { readProgress } from "@/lib/practice/progress";
import { scorecardsDue, upcomingInterviews } from "@/lib/scheduling/agenda";
import { awaitingDecision, recentActivity } from "./work";

/** Everything the staff home page shows, read at once (and the time it was read at: the injected clock). */
export async function staffHome() {
  const user = await requireUser(["ADMIN", "RECRUITER", "INTERVIEWER"]);
  const at = await now(prisma);
  const [upcoming, due, decisions, activity] = await Promise.all([
    upcomingInterviews(prisma, user, at, { days: 14, limit: 20 }),
    scorecardsDue(prisma, user, at),
    awaitingDecision(prisma, user),
    recentActivity(prisma, user),
  ]);
  return { user, now: at, upcoming, due, decisions, activity };
}

/** A candidate's home: their practice (due today, streak), from the same reads as the progress page. */
export async function candidateHome() {
  const user = await requireUser(["CANDIDATE"]);
  return { user, progress: await readProgress(prisma, user.id, new Date()) };
}
