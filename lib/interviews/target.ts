// An interview's target length: the builder warns when its questions' minutes add up to more.
import type { Viewer } from "@/lib/candidates/access";
import type { Database } from "@/lib/db-client";
import { z } from "zod";
import { visibleInterviewsWhere } from "./access";

export const targetMinutesSchema = z.union([
  z.literal("").transform(() => null),
  z.coerce.number().int({ message: "Use whole minutes." }).min(5, { message: "At least 5 minutes." }).max(480, { message: "At most 480 minutes (8 hours)." }),
]);

/** Sets (or clears, with null) the target of a draft the viewer may see; false when they may not or it is no longer a draft. */
export async function setTargetMinutes(db: Database, viewer: Viewer, sessionId: string, minutes: number | null) {
  const visible = visibleInterviewsWhere(viewer);
  if (!visible || viewer.role === "CANDIDATE") return false;
  const updated = await db.interviewSession.updateMany({ where: { AND: [{ id: sessionId, status: "DRAFT" }, visible] }, data: { targetMinutes: minutes } });
  return updated.count === 1;
}

/** The builder's warning, or null while the questions fit. */
export function overTarget(totalMinutes: number, targetMinutes: number | null) {
  if (targetMinutes === null || totalMinutes <= targetMinutes) return null;
  return `The questions take ${totalMinutes} min, ${totalMinutes - targetMinutes} more than the ${targetMinutes}-minute target.`;
}
