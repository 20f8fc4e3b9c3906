"use client";

import dynamic from "next/dynamic";
import { SERIES_COLOURS } from "@/components/ui/chart-colours";
import type { GroupedBarChartProps } from "./grouped-bar-chart-recharts";

// recharts is about 116 kB gzip: it loads after the page is interactive, into a box of fixed height.
const GroupedBarChartRecharts = dynamic(() => import("./grouped-bar-chart-recharts"), { ssr: false });

/**
 * Grouped bars, one colour per candidate. Hidden from screen readers and not focusable: every
 * chart on the page has a table with the same numbers right next to it. The legend is ours, in
 * HTML: in the bars' order (left to right), in the text colour beside a swatch of the series
 * colour (recharts' legend wrote names in the series colour, 2.15–3.6:1 on the surface).
 */
export function GroupedBarChart({ className, ...chart }: GroupedBarChartProps & { className: string }) {
  return (
    <figure aria-hidden="true" className="chart w-full space-y-2">
      <div className={`chart-plot w-full ${className}`}>
        <GroupedBarChartRecharts {...chart} />
      </div>
      <ol className="flex flex-wrap justify-center gap-x-4 gap-y-1 text-xs text-fg" data-testid="chart-legend">
        {chart.series.map((name, i) => (
          <li key={name} className="chart-text inline-flex items-center gap-1.5">
            <span className="inline-block size-3 rounded-sm" style={{ background: SERIES_COLOURS[i % SERIES_COLOURS.length] }} />
            {name}
          </li>
        ))}
      </ol>
    </figure>
  );
}
