import "server-only";
import { requireUser } from "@/lib/auth/current-user";
import { ADMINS } from "@/lib/users/roles";
import { prisma } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { hideUnreadableScorecardResults } from "./scorecard-results";
import { AUDIT_PAGE_SIZE, SYSTEM_ACTOR, type AuditQuery } from "./schema";

function filterWhere({ action, actor }: AuditQuery): Prisma.AuditEventWhereInput {
  return {
    ...(action ? { action } : {}),
    ...(actor ? { actorId: actor === SYSTEM_ACTOR ? null : actor } : {}),
  };
}

/** One page of the audit log, newest first. Admins only; scorecard results only where they may read them. */
export async function listAuditEvents(query: AuditQuery) {
  const user = await requireUser(ADMINS);
  const where = filterWhere(query);
  const [total, events] = await Promise.all([
    prisma.auditEvent.count({ where }),
    prisma.auditEvent.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (query.page - 1) * AUDIT_PAGE_SIZE,
      take: AUDIT_PAGE_SIZE,
      select: {
        id: true,
        action: true,
        targetType: true,
        targetId: true,
        details: true,
        createdAt: true,
        actor: { select: { id: true, name: true, email: true } },
      },
    }),
  ]);
  return { events: await hideUnreadableScorecardResults(prisma, user, events), total, pages: Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE)) };
}

export type AuditEventRow = Awaited<ReturnType<typeof listAuditEvents>>["events"][number];

/** What the filters offer: every action and every actor that appears in the log. */
export async function listAuditFilterOptions() {
  await requireUser(ADMINS);
  const [actions, actors] = await Promise.all([
    // GROUP BY in SQL; Prisma's `distinct` would read every row and drop the repeats in memory.
    prisma.auditEvent.groupBy({ by: ["action"], orderBy: { action: "asc" } }),
    prisma.user.findMany({ where: { auditEvents: { some: {} } }, orderBy: [{ name: "asc" }, { email: "asc" }], select: { id: true, name: true, email: true } }),
  ]);
  return { actions: actions.map((row) => row.action), actors };
}
