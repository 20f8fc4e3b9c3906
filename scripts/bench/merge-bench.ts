// The two-tab notes merge (lib/scoring/merge-text.ts) runs in the browser, on the main thread,
// when a save meets another tab's: it must stay well under a long task (50 ms) for any notes the
// form accepts (20,000 characters), including the inputs that make an LCS slow (many repeated
// lines). Floor: splitting the same three texts into lines, the least any line merge does.
import { mergeText } from "../../lib/scoring/merge-text";
import { percentile, report } from "./report";

function timed(work: () => void, runs = 15) {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    work();
    samples.push(performance.now() - started);
  }
  return percentile(samples, 95);
}

export function benchMerge() {
  const distinct = Array.from({ length: 10_000 }, (_, i) => `l${i}`).join("\n");
  const repeated = "a\n".repeat(10_000);
  const scattered = Array.from({ length: 2_000 }, (_, i) => (i % 2 ? "a" : `u${i}`)).join("\n");
  const cases: [string, string, string, string][] = [
    ["merge_append_10k_lines_p95", distinct, `${distinct}\nmine`, `${distinct}\ntheirs`],
    ["merge_repeated_10k_lines_p95", repeated, `b\n${repeated.slice(2)}`, `${repeated.slice(0, 10_000)}t\n${repeated.slice(10_000)}`],
    ["merge_scattered_2k_lines_p95", scattered, scattered.replace(/u1\d/g, "M"), scattered.replace(/u2\d/g, "T")],
    ["merge_every_line_10k_p95", distinct, distinct.replace(/\d$/gm, "m"), distinct.replace(/^l/gm, "t")],
  ];
  for (const [name, base, mine, theirs] of cases) {
    const value = timed(() => mergeText(base, mine, theirs));
    const floor = timed(() => [base, mine, theirs].map((text) => text.split(/\r\n|\r|\n/)));
    report({ name, value, unit: "ms", goal: "<= 50", floor, note: `${base.length.toLocaleString("en")} characters; floor = splitting the three texts into lines` });
  }
}
