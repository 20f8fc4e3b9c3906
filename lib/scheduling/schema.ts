import { z } from "zod";
import { atMost, textInput } from "@/lib/text-input";
import { isTimeZone } from "@/lib/format/date-time";

export const MIN_DURATION = 5;
export const MAX_DURATION = 720;

/** A meeting link: https only (a link in an invitation is opened by every panelist and the candidate). */
export const meetingUrlSchema = z
  .string()
  .trim()
  .max(2000, atMost(2000))
  .refine(
    (value) => {
      if (!value) return true;
      try {
        const url = new URL(value);
        return url.protocol === "https:" && Boolean(url.hostname) && !url.username && !url.password;
      } catch {
        return false;
      }
    },
    { message: "Use an https:// link (for example https://meet.example.com/abc)." },
  )
  .transform((value) => value || null);

export const timeZoneSchema = z
  .string()
  .trim()
  .min(1, { message: "Choose a time zone." })
  .max(100)
  .refine(isTimeZone, { message: "Choose a time zone from the list (e.g. Europe/Berlin)." });

/** The schedule form: the local date and time in the chosen zone, read by lib/scheduling/zone.ts. */
export const scheduleSchema = z.object({
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { message: "Give the date as YYYY-MM-DD." }),
  time: z.string().regex(/^\d{2}:\d{2}$/, { message: "Give the time as HH:MM (24-hour)." }),
  timeZone: timeZoneSchema,
  durationMinutes: z.coerce
    .number({ message: "Give the length in minutes." })
    .int({ message: "Give the length in whole minutes." })
    .min(MIN_DURATION, { message: `An interview lasts at least ${MIN_DURATION} minutes.` })
    .max(MAX_DURATION, { message: `An interview lasts at most ${MAX_DURATION / 60} hours.` }),
  location: textInput()
    .trim()
    .max(200, atMost(200))
    .refine((value) => !/[\r\n]/.test(value), { message: "Keep the location on one line." })
    .transform((value) => value || null),
  meetingUrl: meetingUrlSchema,
});

export type ScheduleInput = z.infer<typeof scheduleSchema>;

export const cancelSchema = z.object({
  reason: textInput().trim().max(500, atMost(500)).default(""),
});
