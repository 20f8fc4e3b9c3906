import "server-only";
import { requireUser } from "@/lib/auth/current-user";
import { prisma } from "@/lib/db";
import { readFollowState } from "./follow";

export async function followState(candidateId: string) {
  const user = await requireUser(["ADMIN", "RECRUITER", "INTERVIEWER"]);
  return readFollowState(prisma, user, candidateId);
}
