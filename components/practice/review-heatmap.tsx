import { daysBetween } from "@/lib/practice/days";
import type { ReviewDay } from "@/lib/practice/progress";

const WEEKDAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
// Five shades by reviews that day; the empty day keeps a border so it reads in both themes.
const shade = (count: number) => (count === 0 ? "bg-subtle" : count < 3 ? "bg-accent/30" : count < 6 ? "bg-accent/55" : count < 10 ? "bg-accent/80" : "bg-accent");

const long = (day: string) => new Date(`${day}T12:00:00Z`).toLocaleDateString("en-GB", { weekday: "short", day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });

/**
 * A year of review days, a column per week (Monday on top), as a table: each cell says its date
 * and count to screen readers and on hover. Plain HTML and CSS: no chart library for a grid.
 */
export function ReviewHeatmap({ days }: { days: ReviewDay[] }) {
  if (days.length === 0) return null;
  // Pad the first week so rows are weekdays: 2026-01-05 was a Monday.
  const offset = ((daysBetween("2026-01-05", days[0]!.day) % 7) + 7) % 7;
  const cells: (ReviewDay | null)[] = [...Array.from({ length: offset }, () => null), ...days];
  const weeks = Math.ceil(cells.length / 7);
  const total = days.reduce((sum, day) => sum + day.count, 0);
  const active = days.filter((day) => day.count > 0).length;
  return (
    <div className="space-y-2">
      <p className="text-sm text-muted">
        {total} {total === 1 ? "review" : "reviews"} on {active} {active === 1 ? "day" : "days"} in the last year.
      </p>
      {/* Right-to-left scroll box: on a narrow screen it opens on the latest weeks; the table reads left to right. */}
      <div className="overflow-x-auto pb-1 [direction:rtl]">
        <table className="border-separate border-spacing-[3px] [direction:ltr]" aria-label="Reviews per day, last 12 months">
          <tbody>
            {WEEKDAYS.map((weekday, row) => (
              <tr key={weekday}>
                <th scope="row" className="pr-1 text-left text-[10px] leading-none font-normal text-muted">
                  {row % 2 === 0 ? weekday : <span className="sr-only">{weekday}</span>}
                </th>
                {Array.from({ length: weeks }, (_, week) => {
                  const day = cells[week * 7 + row];
                  if (!day) return <td key={week} className="h-3 w-3" />;
                  const text = `${long(day.day)}: ${day.count === 0 ? "no reviews" : `${day.count} ${day.count === 1 ? "review" : "reviews"}`}`;
                  return (
                    <td key={week} title={text} data-day={day.day} data-count={day.count} className={`h-3 w-3 rounded-sm border border-border/60 p-0 ${shade(day.count)}`}>
                      <span className="sr-only">{text}</span>
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
