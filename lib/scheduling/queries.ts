import "server-only";
import { cache } from "react";
import { getCurrentUser, requireUser } from "@/lib/auth/current-user";
import { prisma } from "@/lib/db";
import { visibleInterviewsWhere } from "@/lib/interviews/access";
import { readMailSettings } from "@/lib/mail/settings";
import { canDownloadInvitation, canSchedule } from "./access";
import { buildInvitation } from "./invitation";
import { findClashes } from "./clashes";
import { readTimeZone } from "./time-zone";

const STAFF = ["ADMIN", "RECRUITER", "INTERVIEWER"] as const;

/** The signed-in user's time zone, or null until their browser has told us (or they chose one). */
export const getViewerTimeZone = cache(async (): Promise<string | null> => {
  const user = await getCurrentUser();
  return user ? readTimeZone(prisma, user.id) : null;
});

/** An interview's schedule, its history and what the viewer may do with it; null when not visible. */
export async function getSchedule(sessionId: string) {
  const viewer = await requireUser(STAFF);
  const interview = await prisma.interviewSession.findFirst({
    where: { AND: [{ id: sessionId }, visibleInterviewsWhere(viewer)!] },
    select: {
      id: true,
      status: true,
      createdById: true,
      scheduledAt: true,
      durationMinutes: true,
      timeZone: true,
      location: true,
      meetingUrl: true,
      scheduleSequence: true,
      candidate: { select: { email: true } },
      panel: { orderBy: { createdAt: "asc" }, select: { user: { select: { id: true, name: true, email: true } } } },
      events: {
        orderBy: { createdAt: "desc" },
        take: 50,
        select: { id: true, kind: true, sequence: true, details: true, createdAt: true, actor: { select: { name: true, email: true } } },
      },
    },
  });
  if (!interview) return null;
  const panel = interview.panel.map(({ user }) => user);
  const clashes =
    interview.scheduledAt && interview.durationMinutes && interview.status !== "CANCELLED"
      ? await findClashes(prisma, {
          sessionId,
          start: interview.scheduledAt,
          end: new Date(interview.scheduledAt.getTime() + interview.durationMinutes * 60_000),
          panel: panel.map((person) => person.id),
        })
      : [];
  return {
    ...interview,
    panel,
    clashes,
    viewerId: viewer.id,
    canSchedule: canSchedule(viewer, interview),
    viewerTimeZone: (await getViewerTimeZone()) ?? interview.timeZone ?? "UTC",
  };
}

/**
 * The .ics for one person on the panel ("me", a panelist's user id) or "candidate", or null when
 * the interview is not scheduled, not visible, or the viewer may not have that copy.
 */
export async function getInvitation(sessionId: string, forWhom: string, publicUrl: string) {
  const viewer = await requireUser(STAFF);
  const row = await prisma.interviewSession.findFirst({
    where: { AND: [{ id: sessionId }, visibleInterviewsWhere(viewer)!] },
    select: {
      id: true,
      title: true,
      status: true,
      createdById: true,
      scheduledAt: true,
      durationMinutes: true,
      timeZone: true,
      location: true,
      meetingUrl: true,
      scheduleSequence: true,
      candidate: { select: { name: true, email: true } },
      createdBy: { select: { name: true, email: true } },
      panel: { orderBy: { createdAt: "asc" }, select: { user: { select: { id: true, name: true, email: true } } } },
    },
  });
  if (!row?.scheduledAt || !row.durationMinutes || !row.timeZone) return null;
  const who = forWhom === "me" ? viewer.id : forWhom;
  const panel = row.panel.map(({ user }) => user);
  if (!canDownloadInvitation(viewer, { createdById: row.createdById, panel: panel.map((person) => person.id) }, who)) return null;
  const recipient = who === "candidate" ? "candidate" : panel.find((person) => person.id === who)!.email;
  const content = buildInvitation(
    { ...row, scheduledAt: row.scheduledAt, durationMinutes: row.durationMinutes, timeZone: row.timeZone, organizer: row.createdBy, panel },
    { interviewUrl: `${publicUrl}/interviews/${row.id}`, forWhom: recipient, fallbackOrganizer: readMailSettings(process.env).from },
  );
  return { content, filename: `interview-${row.id}${who === "candidate" ? "-candidate" : ""}.ics` };
}
