import { GroupedBarChart } from "./grouped-bar-chart";

/** Each candidate's mean rating per competency; the roll-up table below has the numbers. */
export function CompetencyChart({ competencies, names }: { competencies: { name: string; means: (number | null)[] }[]; names: string[] }) {
  const data = competencies.map((competency) => Object.fromEntries([["competency", competency.name], ...names.map((name, i) => [name, competency.means[i] ?? null])]));
  return <GroupedBarChart data={data} categoryKey="competency" series={names} yAxis={{ domain: [0, 4], ticks: [1, 2, 3, 4] }} className="h-72" />;
}
