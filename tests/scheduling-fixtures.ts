// People and an interview to schedule, made through the app's own domain functions, for the
// scheduling and notification tests.
import type { Database } from "../lib/db-client";
import { addCustomQuestion, createInterview, startInterview } from "../lib/interviews/builder";
import type { Role } from "../lib/generated/prisma/enums";

export async function person(db: Database, role: Role, name: string) {
  const email = `${name.toLowerCase().replace(/[^a-z]+/g, ".")}.${crypto.randomUUID().slice(0, 6)}@example.org`;
  return db.user.create({ data: { email, name, role }, select: { id: true, role: true, email: true, name: true } });
}

export async function team(db: Database) {
  const [recruiter, ian, ivy, admin] = await Promise.all([
    person(db, "RECRUITER", "Rita Recruiter"),
    person(db, "INTERVIEWER", "Ian Interviewer"),
    person(db, "INTERVIEWER", "Ivy Interviewer"),
    person(db, "ADMIN", "Ada Admin"),
  ]);
  return { recruiter, ian, ivy, admin };
}

type Team = Awaited<ReturnType<typeof team>>;

/** A draft interview with one custom question, panel Ian and Ivy; `started` starts it. */
export async function interviewFor(db: Database, people: Team, options: { candidate?: string; started?: boolean; panel?: string[] } = {}) {
  const candidate = await db.candidate.create({
    data: { name: options.candidate ?? "Casey Candidate", email: "casey@example.org", createdById: people.recruiter.id },
    select: { id: true },
  });
  const created = await createInterview(db, people.recruiter, {
    candidateId: candidate.id,
    title: "Tech screen",
    panel: options.panel ?? [people.ian.id, people.ivy.id],
    fromSet: null,
    fromPlan: null,
  });
  if (!created.ok) throw new Error(created.message);
  const added = await addCustomQuestion(db, people.recruiter, created.value, { title: "Tell me about a rollback.", prompt: "", minutes: 10 });
  if (!added.ok) throw new Error(added.message);
  if (options.started) {
    const started = await startInterview(db, people.recruiter, created.value);
    if (!started.ok) throw new Error(started.message);
  }
  return created.value;
}

/** The form's fields for a start `at` (read in `timeZone`), as scheduleSchema's output. */
export function slot(date: string, time: string, timeZone = "UTC", extra: Partial<{ durationMinutes: number; location: string | null; meetingUrl: string | null }> = {}) {
  return { date, time, timeZone, durationMinutes: 60, location: null, meetingUrl: "https://meet.example.com/abc", ...extra };
}
