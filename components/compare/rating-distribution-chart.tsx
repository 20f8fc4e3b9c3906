import { GroupedBarChart } from "./grouped-bar-chart";

/** How often each candidate got a 1, 2, 3 or 4: the spread of ratings. The table below has the numbers. */
export function RatingDistributionChart({ counts, names }: { counts: number[][]; names: string[] }) {
  const data = [1, 2, 3, 4].map((level) => Object.fromEntries([["rating", String(level)], ...names.map((name, i) => [name, counts[i]?.[level - 1] ?? 0])]));
  return <GroupedBarChart data={data} categoryKey="rating" series={names} yAxis={{ allowDecimals: false }} className="h-64" />;
}
