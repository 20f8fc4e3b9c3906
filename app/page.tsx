import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { CandidateHome } from "@/components/home/candidate-home";
import { StaffHome } from "@/components/home/staff-home";
import { PageHeader } from "@/components/ui/page-header";
import { buttonPrimary, buttonSecondary, card } from "@/components/ui/styles";
import { getCurrentUser } from "@/lib/auth/current-user";
import { candidateHome, staffHome } from "@/lib/home/queries";
import { getViewerTimeZone } from "@/lib/scheduling/queries";

export const metadata: Metadata = { title: "Home" };

const features = [
  { title: "A bank you keep in Git", text: "Question sets are Markdown files, reviewed in pull requests and seeded into PostgreSQL." },
  { title: "Anchored rubrics", text: "Every question carries its expected answer, key points, red flags and a 1–4 scoring guide." },
  { title: "Practice apart from interviews", text: "Candidates practise on their own questions and never see the interview-only ones." },
];

// Signed-in people land on their own work (issue 14): staff on their interviews, scorecards,
// decisions and followed candidates; candidates on their practice. Visitors get the introduction.
export default async function HomePage() {
  const user = await getCurrentUser();
  if (user?.role === "CANDIDATE") {
    return (
      <>
        <PageHeader title="Your practice" description="Spaced repetition brings each question back when it is due. Days are UTC days." />
        <CandidateHome home={await candidateHome()} />
      </>
    );
  }
  if (user) {
    const [home, timeZone] = await Promise.all([staffHome(), getViewerTimeZone()]);
    const zone = timeZone ?? "UTC";
    return (
      <>
        <PageHeader
          title={`Hello, ${user.name ?? user.email}`}
          description={
            <>
              Your work today. Times are in {zone}
              {timeZone ? "" : " (set your time zone on the Account page)"}.
            </>
          }
        />
        <StaffHome home={home} timeZone={zone} />
      </>
    );
  }
  return (
    <div className="mx-auto max-w-3xl py-8 text-center">
      <h1 className="text-4xl font-semibold tracking-tight">Fair, consistent technical interviews</h1>
      <p className="mt-4 text-lg text-muted">Interview Bank gives hiring managers, recruiters and candidates one question bank with anchored rubrics.</p>
      <div className="mt-8 flex flex-wrap justify-center gap-3">
        <Link href="/sign-in" className={buttonPrimary}>
          Sign in
        </Link>
        <Link href="/sign-up" className={buttonSecondary}>
          Practise as a candidate
        </Link>
        <Link href="/practice" className={buttonSecondary}>
          Try practice as a guest
        </Link>
      </div>
      <ul className="mt-12 grid gap-4 text-left sm:grid-cols-3">
        {features.map((feature) => (
          <li key={feature.title} className={`${card} p-5`}>
            <h2 className="font-medium">{feature.title}</h2>
            <p className="mt-2 text-sm text-muted">{feature.text}</p>
          </li>
        ))}
      </ul>
    </div>
  );
}
