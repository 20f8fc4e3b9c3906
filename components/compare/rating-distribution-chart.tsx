"use client";

import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { SERIES_COLOURS } from "./competency-chart";

/** How often each candidate got a 1, 2, 3 or 4: the spread of ratings. The table below has the numbers. */
export function RatingDistributionChart({ counts, names }: { counts: number[][]; names: string[] }) {
  const data = [1, 2, 3, 4].map((level) => Object.fromEntries([["rating", String(level)], ...names.map((name, i) => [name, counts[i]?.[level - 1] ?? 0])]));
  return (
    <figure aria-hidden="true" className="h-64 w-full">
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={data} margin={{ top: 8, right: 8, bottom: 8, left: 0 }} accessibilityLayer={false}>
          <CartesianGrid strokeDasharray="3 3" stroke="var(--border)" />
          <XAxis dataKey="rating" tick={{ fill: "var(--muted)", fontSize: 12 }} />
          <YAxis allowDecimals={false} tick={{ fill: "var(--muted)", fontSize: 12 }} />
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
