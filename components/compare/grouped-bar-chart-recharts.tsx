"use client";

import { SERIES_COLOURS } from "@/components/ui/chart-colours";
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";


export interface GroupedBarChartProps {
  /** One object per group on the x axis: { [categoryKey]: label, [series name]: value }. */
  data: Record<string, string | number | null>[];
  categoryKey: string;
  series: string[];
  yAxis: { domain?: [number, number]; ticks?: number[]; allowDecimals?: boolean };
}

/** Grouped bars, one colour per candidate. Loaded lazily by `grouped-bar-chart.tsx`, which sizes it. */
export default function GroupedBarChartRecharts({ data, categoryKey, series, yAxis }: GroupedBarChartProps) {
  return (
    <ResponsiveContainer width="100%" height="100%">
      <BarChart data={data} margin={{ top: 8, right: 8, bottom: 8, left: 0 }} accessibilityLayer={false}>
        <CartesianGrid strokeDasharray="3 3" stroke="var(--border)" />
        <XAxis dataKey={categoryKey} tick={{ fill: "var(--muted)", fontSize: 12 }} />
        <YAxis {...yAxis} tick={{ fill: "var(--muted)", fontSize: 12 }} />
        <Tooltip contentStyle={{ background: "var(--surface)", border: "1px solid var(--border)", color: "var(--fg)" }} />
        <Legend />
        {series.map((name, i) => (
          <Bar key={name} dataKey={name} fill={SERIES_COLOURS[i % SERIES_COLOURS.length]} isAnimationActive={false} />
        ))}
      </BarChart>
    </ResponsiveContainer>
  );
}
