import "server-only";
import { requireUser } from "@/lib/auth/current-user";
import { prisma } from "@/lib/db";
import { compareCandidates } from "./compare-candidates";
import { listComparableCandidates } from "./suggestions";
import { calibration } from "./calibration";
import { candidateReport } from "@/lib/reports/candidate-report";
import { MANAGERS, STAFF } from "@/lib/users/roles";

export async function getComparison(candidateIds: string[], adjust: boolean) {
  const user = await requireUser(STAFF);
  return compareCandidates(prisma, user, candidateIds, { adjust });
}

export async function getComparableCandidates() {
  const user = await requireUser(STAFF);
  return listComparableCandidates(prisma, user);
}

export async function getCalibration() {
  const user = await requireUser(MANAGERS);
  return calibration(prisma, user);
}

export async function getCandidateReport(candidateId: string) {
  const user = await requireUser(STAFF);
  return candidateReport(prisma, user, candidateId);
}
