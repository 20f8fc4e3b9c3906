"use server";

import { revalidatePath } from "next/cache";
import { getCurrentUser } from "@/lib/auth/current-user";
import { now } from "@/lib/clock";
import { prisma } from "@/lib/db";
import { formatDateTime, timeZoneLabel } from "@/lib/format/date-time";
import type { FormState } from "@/lib/form-state";
import { cancelSchema, scheduleSchema, timeZoneSchema } from "./schema";
import { cancelInterview, scheduleInterview } from "./scheduling";
import { setTimeZone } from "./time-zone";

const SIGNED_OUT: FormState = { message: "Your session has ended. Sign in again." };

export interface ScheduleFormState extends FormState {
  /** Said, never blocking: clashes with the panel's other interviews, how a repeated hour was read. */
  warnings?: string[];
}

export async function scheduleInterviewAction(sessionId: string, _previous: ScheduleFormState, formData: FormData): Promise<ScheduleFormState> {
  const user = await getCurrentUser();
  if (!user) return SIGNED_OUT;
  const parsed = scheduleSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { errors: parsed.error.flatten().fieldErrors, message: "Please correct the fields below." };
  const result = await scheduleInterview(prisma, user, sessionId, parsed.data, await now(prisma));
  if (!result.ok) return { errors: result.errors, message: result.message };
  revalidatePath(`/interviews/${sessionId}`);
  const { scheduledAt, kind, clashes, note } = result.value;
  const zone = parsed.data.timeZone;
  const warnings = [
    ...(note ? [note] : []),
    ...clashes.map((clash) => `${clash.userName} has another interview then: "${clash.title}" at ${formatDateTime(clash.scheduledAt, zone)} ${timeZoneLabel(clash.scheduledAt, zone)} (${clash.durationMinutes} min).`),
  ];
  return {
    ok: true,
    message: `${kind === "SCHEDULED" ? "Scheduled" : "Rescheduled"} for ${formatDateTime(scheduledAt, zone)} ${timeZoneLabel(scheduledAt, zone)}. The panel's invitations are on their way.`,
    warnings,
  };
}

export async function cancelInterviewAction(sessionId: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const user = await getCurrentUser();
  if (!user) return SIGNED_OUT;
  const parsed = cancelSchema.safeParse({ reason: formData.get("reason") ?? "" });
  if (!parsed.success) return { errors: parsed.error.flatten().fieldErrors, message: "Please correct the reason." };
  const result = await cancelInterview(prisma, user, sessionId, parsed.data.reason, await now(prisma));
  if (!result.ok) return { message: result.message };
  revalidatePath(`/interviews/${sessionId}`);
  return { ok: true, message: "Interview cancelled. The panel's calendars are being updated." };
}

/** Account page: the zone the user chose. */
export async function saveTimeZoneAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const user = await getCurrentUser();
  if (!user) return SIGNED_OUT;
  const parsed = timeZoneSchema.safeParse(formData.get("timeZone") ?? "");
  if (!parsed.success) return { errors: { timeZone: parsed.error.issues.map((issue) => issue.message) }, message: "Please choose a time zone." };
  const result = await setTimeZone(prisma, user.id, parsed.data);
  if (!result.ok) return { errors: { timeZone: [result.message] }, message: result.message };
  revalidatePath("/", "layout");
  return { ok: true, message: `Times are shown in ${parsed.data}.` };
}

/** The browser's own zone, sent once on a first visit; never overwrites a zone already set. */
export async function detectTimeZoneAction(timeZone: string): Promise<FormState> {
  const user = await getCurrentUser();
  if (!user) return SIGNED_OUT;
  const parsed = timeZoneSchema.safeParse(typeof timeZone === "string" ? timeZone : "");
  if (!parsed.success) return { message: "Unknown time zone." };
  const result = await setTimeZone(prisma, user.id, parsed.data, { onlyIfEmpty: true });
  if (!result.ok) return { message: result.message };
  if (result.changed) revalidatePath("/", "layout");
  return { ok: true };
}
