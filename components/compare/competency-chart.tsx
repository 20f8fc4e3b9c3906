"use client";

import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

// Distinguishable in both themes and for common colour-vision deficiencies (Okabe–Ito palette).
export const SERIES_COLOURS = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000"];

/**
 * Each candidate's mean rating per competency, as grouped bars. Decorative for screen readers:
 * the same numbers are in the roll-up table right below it.
 */
export function CompetencyChart({ competencies, names }: { competencies: { name: string; means: (number | null)[] }[]; names: string[] }) {
  const data = competencies.map((competency) => Object.fromEntries([["competency", competency.name], ...names.map((name, i) => [name, competency.means[i]])]));
  return (
    <figure aria-hidden="true" className="h-72 w-full">
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={data} margin={{ top: 8, right: 8, bottom: 8, left: 0 }} accessibilityLayer={false}>
          <CartesianGrid strokeDasharray="3 3" stroke="var(--border)" />
          <XAxis dataKey="competency" tick={{ fill: "var(--muted)", fontSize: 12 }} />
          <YAxis domain={[0, 4]} ticks={[1, 2, 3, 4]} tick={{ fill: "var(--muted)", fontSize: 12 }} />
          <Tooltip contentStyle={{ background: "var(--surface)", border: "1px solid var(--border)", color: "var(--fg)" }} />
          <Legend />
          {names.map((name, i) => (
            <Bar key={name} dataKey={name} fill={SERIES_COLOURS[i % SERIES_COLOURS.length]} isAnimationActive={false} />
          ))}
        </BarChart>
      </ResponsiveContainer>
    </figure>
  );
}
