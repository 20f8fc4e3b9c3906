"use client";

import { SERIES_COLOURS } from "@/components/ui/chart-colours";
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

export interface GroupedBarChartProps {
  /** One object per group on the x axis: { [categoryKey]: label, [series name]: value }. */
  data: Record<string, string | number | null>[];
  categoryKey: string;
  series: string[];
  yAxis: { domain?: [number, number]; ticks?: number[]; allowDecimals?: boolean };
}

// Chart text is drawn in the theme's muted or main text colour (≥ 4.5:1 on the surface in both
// themes, checked by e2e/chart-contrast.spec.ts); the series colour only fills bars and swatches.
// A style, not the fill attribute: var() is not resolved in SVG presentation attributes.
const tickStyle = { fill: "var(--muted)", fontSize: 12 };

/** A category label wrapped onto lines within its band, so no label is dropped for lack of room. */
function CategoryTick({ x, y, payload, width }: { x?: number; y?: number; payload?: { value: string }; width: number }) {
  const words = String(payload?.value ?? "").split(/\s+/);
  const perLine = Math.max(4, Math.floor(width / 7));
  const lines: string[] = [];
  for (const word of words) {
    const last = lines.at(-1);
    if (last !== undefined && (last + " " + word).length <= perLine) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return (
    <text x={x} y={y} textAnchor="middle" style={tickStyle} className="chart-text">
      {lines.map((line, i) => (
        <tspan key={i} x={x} dy={i === 0 ? "0.9em" : "1.1em"}>
          {line}
        </tspan>
      ))}
    </text>
  );
}

/** Grouped bars, one colour per candidate. Loaded lazily by `grouped-bar-chart.tsx`, which sizes it. */
export default function GroupedBarChartRecharts({ data, categoryKey, series, yAxis }: GroupedBarChartProps) {
  // Rough band width for wrapping: the plot is most of the figure; 1000 px is the widest box.
  const band = Math.max(48, 1000 / Math.max(1, data.length));
  return (
    <ResponsiveContainer width="100%" height="100%">
      <BarChart data={data} margin={{ top: 8, right: 8, bottom: 8, left: 0 }} accessibilityLayer={false}>
        <CartesianGrid strokeDasharray="3 3" stroke="var(--border)" />
        {/* interval 0: every category keeps its label (recharts otherwise drops ones it cannot fit). */}
        <XAxis dataKey={categoryKey} interval={0} height={48} tick={(props: object) => <CategoryTick {...props} width={band} />} />
        <YAxis {...yAxis} tick={{ style: tickStyle, className: "chart-text" }} />
        <Tooltip
          contentStyle={{ background: "var(--surface)", border: "1px solid var(--border)", color: "var(--fg)" }}
          itemStyle={{ color: "var(--fg)" }}
          labelStyle={{ color: "var(--fg)" }}
        />
        {series.map((name, i) => (
          <Bar key={name} dataKey={name} fill={SERIES_COLOURS[i % SERIES_COLOURS.length]} isAnimationActive={false} />
        ))}
      </BarChart>
    </ResponsiveContainer>
  );
}
