// Benchmark output: one JSON object per line on stdout (for machines), a table on stderr (for people).

export interface Figure {
  name: string;
  value: number;
  unit: string;
  /** What the figure should reach, e.g. "<= 10". */
  goal?: string;
  /** The same work without our code around it, measured in the same run. */
  floor?: number;
  note?: string;
}

const figures: Figure[] = [];

export function report(figure: Figure) {
  const rounded = { ...figure, value: round(figure.value), ...(figure.floor === undefined ? {} : { floor: round(figure.floor) }) };
  figures.push(rounded);
  process.stdout.write(`${JSON.stringify(rounded)}\n`);
}

export function progress(message: string) {
  process.stderr.write(`[bench] ${message}\n`);
}

function round(value: number) {
  return Math.round(value * 100) / 100;
}

export function percentile(samples: number[], p: number) {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
}

export function printTable() {
  const rows = figures.map((f) => [f.name, `${f.value} ${f.unit}`, f.floor === undefined ? "" : `${f.floor} ${f.unit}`, f.goal ?? "", f.note ?? ""]);
  const header = ["figure", "value", "floor", "goal", "note"];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i]!)).join("  ");
  process.stderr.write(`\n${line(header)}\n${widths.map((w) => "-".repeat(w)).join("  ")}\n${rows.map(line).join("\n")}\n`);
}
