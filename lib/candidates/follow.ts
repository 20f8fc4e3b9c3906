// Following a candidate: their activity shows on your home page. You follow, without asking, the
// candidates you created and those of the panels you sit on; any other candidate you may see you
// follow with the Follow button (a CandidateFollow row), and unfollow the same way.
import type { Database } from "@/lib/db-client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { visibleCandidatesWhere, type Viewer } from "./access";

/** The candidates the viewer follows (not yet narrowed to those they may see: combine with visibleCandidatesWhere). */
export function followedCandidatesWhere(viewer: Viewer): Prisma.CandidateWhereInput {
  return {
    OR: [{ createdById: viewer.id }, { interviews: { some: { panel: { some: { userId: viewer.id } } } } }, { followers: { some: { userId: viewer.id } } }],
  };
}

export interface FollowState {
  explicit: boolean;
  /** Why the viewer follows without asking: "you added them", "you are on a panel". */
  implicit: string[];
}

export async function readFollowState(db: Database, viewer: Viewer, candidateId: string): Promise<FollowState | null> {
  const visible = visibleCandidatesWhere(viewer);
  if (!visible) return null;
  const row = await db.candidate.findFirst({
    where: { AND: [{ id: candidateId }, visible] },
    select: {
      createdById: true,
      followers: { where: { userId: viewer.id }, select: { userId: true } },
      interviews: { where: { panel: { some: { userId: viewer.id } } }, select: { id: true }, take: 1 },
    },
  });
  if (!row) return null;
  const implicit = [...(row.createdById === viewer.id ? ["you added them"] : []), ...(row.interviews.length ? ["you are on one of their panels"] : [])];
  return { explicit: row.followers.length > 0, implicit };
}

/** Follows (or unfollows) a candidate the viewer may see; false when they may not. */
export async function setFollow(db: Database, viewer: Viewer, candidateId: string, follow: boolean): Promise<boolean> {
  const visible = visibleCandidatesWhere(viewer);
  if (!visible) return false;
  return db.$transaction(async (tx) => {
    const candidate = await tx.candidate.findFirst({ where: { AND: [{ id: candidateId }, visible] }, select: { id: true } });
    if (!candidate) return false;
    if (follow) await tx.candidateFollow.createMany({ data: [{ userId: viewer.id, candidateId }], skipDuplicates: true });
    else await tx.candidateFollow.deleteMany({ where: { userId: viewer.id, candidateId } });
    return true;
  });
}
