// Before a real deployment: removes the demo candidates with their interviews, then the demo
// accounts. If a demo account took part in real interviews it is kept (deleting it would delete
// real scorecards) and the error says so.
import type { Database } from "@/lib/db-client";
import { DEMO_CANDIDATES } from "@/lib/scoring/seed-demo-interviews";

export async function removeDemoData(db: Database) {
  return db.$transaction(async (tx) => {
    const candidates = await tx.candidate.findMany({ where: { email: { in: DEMO_CANDIDATES.map((c) => c.email) } }, select: { id: true } });
    const candidateIds = candidates.map((c) => c.id);
    const sessions = await tx.interviewSession.deleteMany({ where: { candidateId: { in: candidateIds } } });
    await tx.candidate.deleteMany({ where: { id: { in: candidateIds } } });
    const stillUsed = await tx.user.findMany({
      where: { isDemo: true, OR: [{ scorecards: { some: {} } }, { panelSeats: { some: {} } }] },
      select: { email: true },
    });
    if (stillUsed.length > 0) {
      throw new Error(
        `These demo accounts sit on real interview panels, so they were kept: ${stillUsed.map((u) => u.email).join(", ")}. Reassign or delete those interviews first.`,
      );
    }
    const users = await tx.user.deleteMany({ where: { isDemo: true } });
    return { users: users.count, candidates: candidateIds.length, interviews: sessions.count };
  });
}
