import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { InterviewerCards } from "@/components/calibration/interviewer-cards";
import { PlanReliabilityCards } from "@/components/calibration/plan-reliability";
import { PageHeader } from "@/components/ui/page-header";
import { buttonSecondary, link } from "@/components/ui/styles";
import { getCalibration } from "@/lib/comparison/queries";

export const metadata: Metadata = { title: "Calibration" };

// No loading.tsx in this segment: interviewers and candidates must get a real 404 here.
export default async function CalibrationPage() {
  const data = (await getCalibration())!;
  const flagged = data.questions.filter(
    (q) => (q.separates.kind === "verdict" && q.separates.verdict === "does-not-separate") || (q.rubric.kind === "verdict" && q.rubric.verdict === "needs-work"),
  );
  return (
    <div className="space-y-8">
      <PageHeader
        title="Calibration"
        description="How interviewers rate, how reliable each plan's composites are, and which questions work. Submitted scorecards only; an interview whose panel you sit on counts once you have submitted yours."
        actions={
          <Link href="/calibration/questions" className={buttonSecondary}>
            Question analytics
          </Link>
        }
      />
      <section aria-labelledby="interviewers-heading" className="space-y-3">
        <h2 id="interviewers-heading" className="text-lg font-semibold">
          Interviewers
        </h2>
        <p className="text-sm text-muted">
          Against the panel: the mean difference between an interviewer&apos;s rating and the rest of the panel&apos;s on the same question, one value per interview. Leniency: how
          far their interviews average above or below the average interviewer&apos;s, shrunk toward zero when their record is short; Compare subtracts it when adjusting. Every
          range is a 95% interval.
        </p>
        <InterviewerCards interviewers={data.interviewers} />
      </section>
      <section aria-labelledby="plans-heading" className="space-y-3">
        <h2 id="plans-heading" className="text-lg font-semibold">
          How reliable are the composites?
        </h2>
        <p className="text-sm text-muted">
          A generalisability study per plan: how the spread in ratings divides between candidates, interviewers, questions and their interactions, and what the composite&apos;s
          reliability would be with more interviewers or questions (1 is perfectly reliable).
        </p>
        <PlanReliabilityCards plans={data.plans} />
      </section>
      <section aria-labelledby="questions-heading" className="space-y-3">
        <h2 id="questions-heading" className="text-lg font-semibold">
          Questions
        </h2>
        <p className="text-sm">
          {data.questions.length} question{data.questions.length === 1 ? "" : "s"} rated;{" "}
          {flagged.length === 0
            ? "none flagged so far"
            : `${flagged.length} flagged (${flagged
                .map((q) => q.title)
                .slice(0, 3)
                .join("; ")}${flagged.length > 3 ? "; …" : ""})`}
          .{" "}
          <Link href="/calibration/questions" className={link}>
            Every question&apos;s figures
          </Link>
        </p>
      </section>
    </div>
  );
}
