// Demo data next to the demo accounts: three candidates for the same position, each with an
// interview from the EC2 set scored by a panel of two, so comparison, calibration and reports have
// something to show on a fresh install. Added once; never in production (see prisma/seed.ts).
import type { Database } from "@/lib/db-client";
import type { Recommendation } from "@/lib/generated/prisma/enums";
import { INTERVIEW_AUDIENCES } from "@/lib/interviews/schema";
import { scoredInterview } from "./scored-interview";

export const DEMO_CANDIDATES = [
  { name: "Alex Rivera", email: "alex.rivera@example.org", level: 3.4 },
  { name: "Blair Chen", email: "blair.chen@example.org", level: 2.7 },
  { name: "Casey Novak", email: "casey.novak@example.org", level: 1.9 },
] as const;
export const DEMO_POSITION = "Cloud Engineer";
const DEMO_SET = "ec2";

const NOTES = [
  "Clear, structured answer; gave a concrete example from production.",
  "Covered the basics, needed prompting for the trade-offs.",
  "Mixed up two of the concepts, corrected after a follow-up.",
  "Confident and precise; asked good clarifying questions.",
  "Short answer; did not mention monitoring or failure modes.",
];

const clamp = (value: number) => Math.min(4, Math.max(1, Math.round(value)));

function recommendationFor(mean: number): Recommendation {
  return mean >= 3.25 ? "STRONG_YES" : mean >= 2.5 ? "YES" : mean >= 1.75 ? "NO" : "STRONG_NO";
}

/** Returns the names of the candidates created (none when they are already there). */
export async function seedDemoInterviews(db: Database) {
  if (await db.candidate.count({ where: { email: DEMO_CANDIDATES[0].email } })) return [];
  const [recruiter, interviewer, admin] = await Promise.all(
    (["recruiter@example.com", "interviewer@example.com", "admin@example.com"] as const).map((email) => db.user.findUnique({ where: { email }, select: { id: true, role: true } })),
  );
  if (!recruiter || !interviewer || !admin) return [];
  const questions = await db.question.count({ where: { set: { slug: DEMO_SET }, archived: false, audience: { in: [...INTERVIEW_AUDIENCES] } } });
  if (questions === 0) return [];

  for (const [index, person] of DEMO_CANDIDATES.entries()) {
    const candidate = await db.candidate.create({ data: { name: person.name, email: person.email, position: DEMO_POSITION, createdById: recruiter.id } });
    // A deterministic wobble per question; the interviewer rates half a point above the admin.
    const wobble = (q: number) => [0.4, -0.5, 0.1, -0.2, 0.6, -0.4, 0.2][(q + index * 3) % 7]!;
    const ian = Array.from({ length: questions }, (_, q) => clamp(person.level + 0.3 + wobble(q)));
    const ada = Array.from({ length: questions }, (_, q) => clamp(person.level - 0.2 + wobble(q + 2)));
    const mean = (ratings: number[]) => ratings.reduce((a, b) => a + b, 0) / ratings.length;
    await scoredInterview(db, recruiter, {
      candidateId: candidate.id,
      fromSet: DEMO_SET,
      title: `${DEMO_POSITION}: technical interview`,
      panel: [
        {
          viewer: interviewer,
          ratings: ian,
          notes: ian.map((_, q) => NOTES[(q + index) % NOTES.length]!),
          recommendation: recommendationFor(mean(ian)),
          summary: `${person.name.split(" ")[0]}: see the notes per question.`,
        },
        {
          viewer: admin,
          ratings: ada,
          notes: ada.map((_, q) => NOTES[(q + index + 2) % NOTES.length]!),
          recommendation: recommendationFor(mean(ada)),
          summary: "Consistent with my notes.",
        },
      ],
    });
  }
  return DEMO_CANDIDATES.map((person) => person.name);
}
