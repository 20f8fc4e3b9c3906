// Which candidates a viewer can compare, and groups worth comparing: those interviewed for the
// same position, or from the same interview plan.
import type { Viewer } from "@/lib/candidates/access";
import type { Database } from "@/lib/db-client";
import { comparableSessionsWhere } from "./access";

export interface ComparableCandidate {
  id: string;
  name: string;
  position: string | null;
  interviews: number;
}

export interface Suggestion {
  label: string;
  candidateIds: string[];
}

export async function listComparableCandidates(db: Database, viewer: Viewer) {
  const where = comparableSessionsWhere(viewer);
  if (!where) return { candidates: [], suggestions: [] };
  const sessions = await db.interviewSession.findMany({
    where,
    orderBy: { startedAt: "desc" },
    take: 2000,
    select: { candidate: { select: { id: true, name: true, position: true } }, plan: { select: { id: true, name: true } } },
  });
  const candidates = new Map<string, ComparableCandidate>();
  const byPosition = new Map<string, Set<string>>();
  const byPlan = new Map<string, { name: string; ids: Set<string> }>();
  for (const { candidate, plan } of sessions) {
    const entry = candidates.get(candidate.id) ?? { ...candidate, interviews: 0 };
    entry.interviews += 1;
    candidates.set(candidate.id, entry);
    if (candidate.position) byPosition.set(candidate.position, (byPosition.get(candidate.position) ?? new Set()).add(candidate.id));
    if (plan) {
      const group = byPlan.get(plan.id) ?? { name: plan.name, ids: new Set<string>() };
      group.ids.add(candidate.id);
      byPlan.set(plan.id, group);
    }
  }
  const suggestions: Suggestion[] = [
    ...[...byPlan.values()].map((group) => ({ label: `Plan “${group.name}”`, candidateIds: [...group.ids] })),
    ...[...byPosition.entries()].map(([position, ids]) => ({ label: `Position “${position}”`, candidateIds: [...ids] })),
  ]
    .filter((suggestion) => suggestion.candidateIds.length >= 2)
    .map((suggestion) => ({ ...suggestion, candidateIds: suggestion.candidateIds.slice(0, 20) }));
  return { candidates: [...candidates.values()].sort((a, b) => a.name.localeCompare(b.name)), suggestions };
}
