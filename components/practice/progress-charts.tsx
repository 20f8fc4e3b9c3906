"use client";

import dynamic from "next/dynamic";

// recharts is about 116 kB gzip: it loads after the page is interactive, into boxes of fixed height.
const MaturityChartRecharts = dynamic(() => import("./progress-charts-recharts").then((charts) => charts.MaturityChart), { ssr: false });
const ForecastChartRecharts = dynamic(() => import("./progress-charts-recharts").then((charts) => charts.ForecastChart), { ssr: false });

/**
 * New, young and mature questions per set or competency. Decorative for screen readers: the same
 * numbers are in the table right below it.
 */
export function MaturityChart({ groups }: { groups: { name: string; fresh: number; young: number; mature: number }[] }) {
  return (
    <figure aria-hidden="true" className="w-full" style={{ height: 72 + groups.length * 36 }}>
      <MaturityChartRecharts groups={groups} />
    </figure>
  );
}

/** Reviews due on each of the next 14 days (today includes what is overdue). Table below. */
export function ForecastChart({ days }: { days: { label: string; count: number }[] }) {
  return (
    <figure aria-hidden="true" className="h-56 w-full">
      <ForecastChartRecharts days={days} />
    </figure>
  );
}
