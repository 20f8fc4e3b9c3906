import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { QuestionTable } from "@/components/calibration/question-table";
import { PageHeader } from "@/components/ui/page-header";
import { buttonSecondary } from "@/components/ui/styles";
import { getCalibration } from "@/lib/comparison/queries";

export const metadata: Metadata = { title: "Question analytics" };

// No loading.tsx in this segment: interviewers and candidates must get a real 404 here.
export default async function QuestionAnalyticsPage() {
  const data = (await getCalibration())!;
  return (
    <div className="space-y-6">
      <PageHeader
        title="Question analytics"
        description="Every question over every interview that asked it. Submitted scorecards only; an interview whose panel you sit on counts once you have submitted yours."
        actions={
          <div className="flex flex-wrap gap-2">
            <a href="/calibration/questions/export" className={buttonSecondary} download>
              Download CSV
            </a>
            <Link href="/calibration" className={buttonSecondary}>
              Calibration
            </Link>
          </div>
        }
      />
      <p className="text-sm text-muted">
        Asked: interviews in which it was rated. 1s / 4s: the share of ratings at the bottom and top of the scale. Separates: how well a rating on it predicts the rest of the same
        scorecard (the corrected item–total correlation; below .20 it adds little). Panels agree: the one-way intraclass correlation of the panels that rated it. Ranges are 95%
        intervals; no verdict is given below 10 scorecards (separates) or 10 interviews (rubric).
      </p>
      <QuestionTable questions={data.questions} />
    </div>
  );
}
