import "server-only";
import { requireUser } from "@/lib/auth/current-user";
import { prisma } from "@/lib/db";
import { readDebrief } from "./read-debrief";

export async function getDebrief(sessionId: string) {
  const user = await requireUser(["ADMIN", "RECRUITER", "INTERVIEWER"]);
  return { user, debrief: await readDebrief(prisma, user, sessionId) };
}
