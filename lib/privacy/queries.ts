import "server-only";
import { requireUser } from "@/lib/auth/current-user";
import { prisma } from "@/lib/db";
import { inactiveCandidates, monthsBefore, readRetentionPolicy } from "./retention";

/** What /admin/privacy shows: the policy, what it would erase today, and the erasures so far. */
export async function privacyOverview(now = new Date()) {
  await requireUser(["ADMIN"]);
  const policy = await readRetentionPolicy(prisma);
  const [erased, byRetention, wouldErase] = await Promise.all([
    prisma.candidate.count({ where: { erasedAt: { not: null } } }),
    prisma.auditEvent.count({ where: { action: "candidate.erase", details: { path: ["reason"], equals: "retention" } } }),
    policy.candidateMonths === null ? Promise.resolve(null) : inactiveCandidates(prisma, monthsBefore(now, policy.candidateMonths)).then((ids) => ids.length),
  ]);
  return { policy, erased, byRetention, wouldErase };
}
