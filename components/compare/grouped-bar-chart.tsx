"use client";

import dynamic from "next/dynamic";
import type { GroupedBarChartProps } from "./grouped-bar-chart-recharts";

// recharts is about 116 kB gzip: it loads after the page is interactive, into a box of fixed height.
const GroupedBarChartRecharts = dynamic(() => import("./grouped-bar-chart-recharts"), { ssr: false });

/**
 * Grouped bars, one colour per candidate. Hidden from screen readers and not focusable: every
 * chart on the page has a table with the same numbers right next to it.
 */
export function GroupedBarChart({ className, ...chart }: GroupedBarChartProps & { className: string }) {
  return (
    <figure aria-hidden="true" className={`w-full ${className}`}>
      <GroupedBarChartRecharts {...chart} />
    </figure>
  );
}
