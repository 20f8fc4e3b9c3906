"use client";

import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { SERIES_COLOURS } from "@/components/ui/chart-colours";

const axis = { fill: "var(--muted)", fontSize: 12 };
const tooltip = { background: "var(--surface)", border: "1px solid var(--border)", color: "var(--fg)" };

/** Questions seen and retention (per cent) per set or competency; sized by `progress-charts.tsx`. */
export function RetentionChart({ groups }: { groups: { name: string; seen: number; total: number; retention: number | null }[] }) {
  const data = groups.map((g) => ({ name: g.name, "Seen (%)": g.total ? Math.round((g.seen / g.total) * 100) : 0, "Retention (%)": g.retention === null ? null : Math.round(g.retention * 100) }));
  // Horizontal bars: set and competency names stay readable on a phone.
  return (
    <ResponsiveContainer width="100%" height="100%">
      <BarChart data={data} layout="vertical" margin={{ top: 8, right: 8, bottom: 8, left: 0 }} accessibilityLayer={false}>
        <CartesianGrid strokeDasharray="3 3" stroke="var(--border)" />
        <XAxis type="number" domain={[0, 100]} ticks={[0, 25, 50, 75, 100]} tick={axis} />
        <YAxis type="category" dataKey="name" width={120} tick={axis} />
        <Tooltip contentStyle={tooltip} />
        <Legend />
        <Bar dataKey="Seen (%)" fill={SERIES_COLOURS[0]} isAnimationActive={false} />
        <Bar dataKey="Retention (%)" fill={SERIES_COLOURS[1]} isAnimationActive={false} />
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
