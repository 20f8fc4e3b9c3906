"use client";

import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { SERIES_COLOURS } from "@/components/ui/chart-colours";

const axis = { fill: "var(--muted)", fontSize: 12 };
const tooltip = { background: "var(--surface)", border: "1px solid var(--border)", color: "var(--fg)" };

/** New, young and mature questions per set or competency, stacked; sized by `progress-charts.tsx`. */
export function MaturityChart({ groups }: { groups: { name: string; fresh: number; young: number; mature: number }[] }) {
  const data = groups.map((g) => ({ name: g.name, Mature: g.mature, Young: g.young, New: g.fresh }));
  // Horizontal bars: set and competency names stay readable on a phone.
  return (
    <ResponsiveContainer width="100%" height="100%">
      <BarChart data={data} layout="vertical" margin={{ top: 8, right: 8, bottom: 8, left: 0 }} accessibilityLayer={false}>
        <CartesianGrid strokeDasharray="3 3" stroke="var(--border)" />
        <XAxis type="number" allowDecimals={false} tick={axis} />
        <YAxis type="category" dataKey="name" width={120} tick={axis} />
        <Tooltip contentStyle={tooltip} />
        <Legend />
        <Bar dataKey="Mature" stackId="cards" fill={SERIES_COLOURS[0]} isAnimationActive={false} />
        <Bar dataKey="Young" stackId="cards" fill={SERIES_COLOURS[1]} isAnimationActive={false} />
        <Bar dataKey="New" stackId="cards" fill={SERIES_COLOURS[4]} fillOpacity={0.35} isAnimationActive={false} />
      </BarChart>
    </ResponsiveContainer>
  );
}

/** Reviews due on each of the next 14 days (today includes what is overdue). */
export function ForecastChart({ days }: { days: { label: string; count: number }[] }) {
  const data = days.map((d) => ({ day: d.label, Due: d.count }));
  return (
    <ResponsiveContainer width="100%" height="100%">
      <BarChart data={data} margin={{ top: 8, right: 8, bottom: 8, left: -16 }} accessibilityLayer={false}>
        <CartesianGrid strokeDasharray="3 3" stroke="var(--border)" />
        <XAxis dataKey="day" tick={axis} />
        <YAxis allowDecimals={false} tick={axis} />
        <Tooltip contentStyle={tooltip} />
        <Bar dataKey="Due" fill={SERIES_COLOURS[2]} isAnimationActive={false} />
      </BarChart>
    </ResponsiveContainer>
  );
}
