// The optional daily practice reminder: one email a day, after 08:00 in the learner's own time
// zone, when questions are due. Run hourly by the job queue (lib/jobs/worker.ts). The day is
// claimed before sending (PracticeSettings.remindedOn, a conditional update), so two workers or a
// retried job send it at most once a day; a send that fails after the claim is not retried (a
// missed reminder is cheaper than a duplicate).
import type { Database } from "@/lib/db-client";
import type { MailSettings } from "@/lib/mail/settings";
import type { Mailer } from "@/lib/mail/transport";
import { renderHtml, renderText, type MailBlock } from "@/lib/mail/render";
import { dayKey, endOfLocalDay, practiceZone } from "./days";
import { practiceQuestionWhere } from "./exposure";
import { notSuspended } from "./practice";

export const REMINDER_TASK = "practice-reminders";
export const REMINDER_HOUR = 8;

function localHour(instant: Date, zone: string) {
  return Number(new Intl.DateTimeFormat("en-GB", { hour: "2-digit", hourCycle: "h23", timeZone: zone }).format(instant));
}

export async function sendPracticeReminders(db: Database, mailer: Mailer | null, mail: Pick<MailSettings, "publicUrl">, now: Date) {
  const learners = await db.practiceSettings.findMany({
    where: { remindByEmail: true },
    select: { userId: true, remindedOn: true, user: { select: { email: true, name: true, timeZone: true } } },
  });
  let sent = 0;
  for (const learner of learners) {
    const zone = practiceZone(learner.user.timeZone);
    const today = dayKey(now, zone);
    if (learner.remindedOn === today || localHour(now, zone) < REMINDER_HOUR) continue;
    const due = await db.reviewState.count({
      where: { userId: learner.userId, due: { lt: endOfLocalDay(now, zone) }, question: { AND: [practiceQuestionWhere(), notSuspended(learner.userId)] } },
    });
    if (due === 0 || !mailer) continue;
    const claimed = await db.practiceSettings.updateMany({
      where: { userId: learner.userId, remindByEmail: true, OR: [{ remindedOn: null }, { remindedOn: { not: today } }] },
      data: { remindedOn: today },
    });
    if (claimed.count !== 1) continue;
    const blocks: MailBlock[] = [
      { type: "paragraph", text: `${due} ${due === 1 ? "question is" : "questions are"} due for practice today. A few minutes now keeps them from slipping.` },
      { type: "action", label: "Review what is due", url: `${mail.publicUrl}/practice/run?due=1&count=50` },
      { type: "paragraph", text: `You get this because daily reminders are on in your practice settings: ${mail.publicUrl}/practice/settings` },
    ];
    const subject = `${due} practice ${due === 1 ? "question" : "questions"} due today`;
    await mailer.send({ to: learner.user.email, subject, text: renderText(blocks), html: renderHtml(subject, blocks) });
    sent++;
  }
  return { sent };
}
