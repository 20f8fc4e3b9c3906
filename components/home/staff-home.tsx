import { Link } from "@/components/ui/link";
import { Badge } from "@/components/ui/badge";
import { buttonSecondary, link } from "@/components/ui/styles";
import { DECISION_LABELS } from "@/lib/debrief/schema";
import { formatDateTime, formatMeetingTime, timeZoneLabel } from "@/lib/format/date-time";
import type { staffHome } from "@/lib/home/queries";
import { formatLateness } from "@/lib/home/lateness";
import type { Activity } from "@/lib/home/work";
import { HomeSection } from "./home-section";

type Home = Awaited<ReturnType<typeof staffHome>>;

const SHOWN = 10;

function activityText(item: Activity) {
  const by = item.actor ? ` by ${item.actor}` : "";
  switch (item.kind) {
    case "created":
      return `Interview “${item.title}” created${by}`;
    case "scheduled":
      return `“${item.title}” ${item.event === "SCHEDULED" ? "scheduled" : item.event === "RESCHEDULED" ? "rescheduled" : "cancelled"}${by}`;
    case "submitted":
      return `${item.actor} submitted a scorecard for “${item.title}”`;
    case "decision":
      return `Decision on “${item.title}”: ${DECISION_LABELS[item.outcome]}${by}`;
  }
}

export function StaffHome({ home, timeZone }: { home: Home; timeZone: string }) {
  const { upcoming, due, decisions, activity, user } = home;
  const manages = user.role === "ADMIN" || user.role === "RECRUITER";
  const today = formatDateTime(home.now, timeZone).slice(0, 10);
  return (
    <div className="grid gap-8 lg:grid-cols-2">
      <HomeSection
        id="due-heading"
        title="Scorecards waiting for you"
        count={due.length}
        empty={<>Nothing to score. When you sit on a panel, its scorecard waits here until you submit it.</>}
        footer={
          due.length > SHOWN ? (
            <p className="text-sm text-muted">
              {due.length - SHOWN} more: see{" "}
              <Link href="/interviews?mine=1&status=IN_PROGRESS" className={link}>
                your interviews in progress
              </Link>
              .
            </p>
          ) : null
        }
      >
        {due.slice(0, SHOWN).map((item) => (
          <li key={item.sessionId} className="flex flex-wrap items-center justify-between gap-3 p-4 text-sm">
            <div className="min-w-0">
              <Link href={`/interviews/${item.sessionId}/score`} className="font-medium hover:text-accent hover:underline">
                {item.candidate.name}: {item.title}
              </Link>
              <p className="text-muted">
                {item.dueAt ? `Due ${formatMeetingTime(item.dueAt, timeZone)}` : "Not scheduled: no deadline"}
                {item.rated ? "" : " · nothing rated yet"}
              </p>
            </div>
            {item.overdue ? <Badge tone="danger">{formatLateness(item.lateByMs)} late</Badge> : <Badge tone="neutral">Open</Badge>}
          </li>
        ))}
      </HomeSection>

      <HomeSection
        id="upcoming-heading"
        title="Your interviews, today and next"
        count={upcoming.length}
        empty={
          <>
            No interviews in the next 14 days.{" "}
            {manages ? (
              <>
                Schedule one from a{" "}
                <Link href="/candidates" className={link}>
                  candidate&apos;s page
                </Link>
                .
              </>
            ) : (
              "When a recruiter puts you on a panel, it shows here."
            )}
          </>
        }
      >
        {upcoming.map((item) => (
          <li key={item.sessionId} className="space-y-1 p-4 text-sm">
            <div className="flex flex-wrap items-center justify-between gap-2">
              <Link href={`/interviews/${item.sessionId}`} className="font-medium hover:text-accent hover:underline">
                {item.candidate.name}: {item.title}
              </Link>
              {formatDateTime(item.scheduledAt, timeZone).slice(0, 10) === today ? <Badge tone="accent">Today</Badge> : null}
            </div>
            <p>
              <time dateTime={item.scheduledAt.toISOString()}>{formatMeetingTime(item.scheduledAt, timeZone)}</time>, {item.durationMinutes} min
            </p>
            <p className="text-muted">Panel: {item.panel.map((member) => member.name).join(", ") || "none yet"}</p>
            {item.onPanel && item.status === "IN_PROGRESS" ? (
              <Link href={`/interviews/${item.sessionId}/score`} className={buttonSecondary}>
                Live scoring
              </Link>
            ) : null}
          </li>
        ))}
      </HomeSection>

      <HomeSection
        id="decisions-heading"
        title="Waiting for a decision"
        count={decisions.total}
        empty={
          manages
            ? "No interview waits for a decision. Once a whole panel has submitted, the interview shows here for its debrief."
            : "Interviews you created show here once their whole panel has submitted."
        }
      >
        {decisions.items.map((item) => (
          <li key={item.id} className="flex flex-wrap items-center justify-between gap-3 p-4 text-sm">
            <div>
              <span className="font-medium">
                {item.candidate.name}: {item.title}
              </span>
              <p className="text-muted">
                All {item._count.panel} scorecards in since {formatMeetingTime(item.updatedAt, timeZone)}
              </p>
            </div>
            <Link href={`/interviews/${item.id}/debrief`} className={buttonSecondary}>
              Open the debrief
            </Link>
          </li>
        ))}
      </HomeSection>

      <HomeSection
        id="activity-heading"
        title="Recent activity on candidates you follow"
        empty={<>Nothing yet. You follow the candidates you add and those of your panels; follow anyone else from their page.</>}
      >
        {activity.map((item, index) => (
          <li key={`${item.kind}-${item.sessionId}-${index}`} className="p-4 text-sm">
            <Link href={`/candidates/${item.candidate.id}`} className="font-medium hover:text-accent hover:underline">
              {item.candidate.name}
            </Link>
            <p>{activityText(item)}</p>
            <p className="text-muted">
              <time dateTime={item.at.toISOString()}>
                {formatDateTime(item.at, timeZone)} {timeZoneLabel(item.at, timeZone)}
              </time>
            </p>
          </li>
        ))}
      </HomeSection>
    </div>
  );
}
