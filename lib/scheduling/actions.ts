"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { allow, args, authedAction, form, SESSION_ENDED } from "@/lib/auth/authed-action";
import { now } from "@/lib/clock";
import { prisma } from "@/lib/db";
import { formatDateTime, timeZoneLabel } from "@/lib/format/date-time";
import type { FormState } from "@/lib/form-state";
import { SIGNED_IN } from "@/lib/users/roles";
import { cancelSchema, scheduleSchema, timeZoneSchema } from "./schema";
import { cancelInterview, scheduleInterview } from "./scheduling";
import { setTimeZone } from "./time-zone";

// Who may schedule or cancel depends on the interview (its creator, recruiters, admins):
// scheduleInterview and cancelInterview decide, so here only the signed-out are refused.
const SIGNED_IN_USERS = allow(SIGNED_IN, { signedOut: SESSION_ENDED });

export interface ScheduleFormState extends FormState {
  /** Said, never blocking: clashes with the panel's other interviews, how a repeated hour was read. */
  warnings?: string[];
}

export const scheduleInterviewAction = authedAction(SIGNED_IN_USERS, form(scheduleSchema), async (user, data, sessionId: string): Promise<ScheduleFormState> => {
  const result = await scheduleInterview(prisma, user, sessionId, data, await now(prisma));
  if (!result.ok) return { errors: result.errors, message: result.message };
  revalidatePath(`/interviews/${sessionId}`);
  const { scheduledAt, kind, clashes, note } = result.value;
  const zone = data.timeZone;
  const warnings = [
    ...(note ? [note] : []),
    ...clashes.map(
      (clash) =>
        `${clash.userName} has another interview then: "${clash.title}" at ${formatDateTime(clash.scheduledAt, zone)} ${timeZoneLabel(clash.scheduledAt, zone)} (${clash.durationMinutes} min).`,
    ),
  ];
  return {
    ok: true,
    message: `${kind === "SCHEDULED" ? "Scheduled" : "Rescheduled"} for ${formatDateTime(scheduledAt, zone)} ${timeZoneLabel(scheduledAt, zone)}. The panel's invitations are on their way.`,
    warnings,
  };
});

export const cancelInterviewAction = authedAction(
  SIGNED_IN_USERS,
  form(cancelSchema, { invalid: "Please correct the reason." }),
  async (user, { reason }, sessionId: string): Promise<FormState> => {
    const result = await cancelInterview(prisma, user, sessionId, reason, await now(prisma));
    if (!result.ok) return { message: result.message };
    revalidatePath(`/interviews/${sessionId}`);
    return { ok: true, message: "Interview cancelled. The panel's calendars are being updated." };
  },
);

/** Account page: the zone the user chose. */
export const saveTimeZoneAction = authedAction(
  SIGNED_IN_USERS,
  form(z.object({ timeZone: timeZoneSchema }), { invalid: "Please choose a time zone." }),
  async (user, { timeZone }): Promise<FormState> => {
    const result = await setTimeZone(prisma, user.id, timeZone);
    if (!result.ok) return { errors: { timeZone: [result.message] }, message: result.message };
    revalidatePath("/", "layout");
    return { ok: true, message: `Times are shown in ${timeZone}.` };
  },
);

/** The browser's own zone, sent once on a first visit; never overwrites a zone already set. */
export const detectTimeZoneAction = authedAction(SIGNED_IN_USERS, args(z.tuple([timeZoneSchema]), "Unknown time zone."), async (user, [timeZone]): Promise<FormState> => {
  const result = await setTimeZone(prisma, user.id, timeZone, { onlyIfEmpty: true });
  if (!result.ok) return { message: result.message };
  if (result.changed) revalidatePath("/", "layout");
  return { ok: true };
});
