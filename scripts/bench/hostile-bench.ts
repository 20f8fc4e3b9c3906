// Issue #11 figures: the question-set files hardest on the parser (tests/hostile-markdown.ts at
// full size: deep nesting, emphasis and bracket runs, very long lines, many blocks, YAML aliases),
// each parsed as an import parses it (parse-pool.ts: in a worker thread past 128 KB) but past the
// upload limits, which refuse most of them unparsed; with the event-loop delay
// (perf_hooks.monitorEventLoopDelay) of this thread measured meanwhile, and beside it the parse
// time of an ordinary file of the same size.
import { monitorEventLoopDelay } from "node:perf_hooks";
import { checkFileLimits } from "../../lib/content/import-limits";
import { parseSources } from "../../lib/content/parse-pool";
import { parseSource } from "../../lib/content/parse-source";
import { hostileFiles, questionFile, yamlAliasBomb } from "../../tests/hostile-markdown";
import { progress, report } from "./report";

/** The corpus scaled so that the largest files are a few MB (the per-file limit is 5 MB). */
const SCALE = 2_500;

const encode = (text: string) => new TextEncoder().encode(text);

/** An ordinary file of about `bytes`: paragraphs of plain words in the answer. */
function ordinaryFile(bytes: number): Uint8Array {
  const paragraph = "The kubelet restarts the container when its liveness probe fails, not the pod. ".repeat(6);
  return encode(questionFile({ answer: Array.from({ length: Math.max(1, Math.ceil(bytes / (paragraph.length + 2))) }, () => paragraph).join("\n\n") }));
}

function slug(name: string) {
  return name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}

export async function benchHostile() {
  const files = [
    ...hostileFiles(SCALE),
    { name: "YAML alias bomb", source: questionFile({ frontMatter: yamlAliasBomb() }), kind: "yaml" as const },
    { name: "nested list markers, issue 11", source: questionFile({ answer: `${"- ".repeat(4994)}x` }), kind: "markdown" as const },
  ];
  await parseSources([{ sourcePath: "warm.md", bytes: ordinaryFile(256 * 1024) }], { limits: true }); // start the pool, as in a running server
  for (const file of files) {
    const bytes = encode(file.source);
    const source = { sourcePath: `${slug(file.name)}.md`, bytes };
    // The parser itself, past the upload limits (which refuse most of these files before parsing).
    const refused = checkFileLimits(source)[0]?.message;
    const delay = monitorEventLoopDelay({ resolution: 5 });
    delay.enable();
    const started = performance.now();
    const [result] = await parseSources([source], { limits: false });
    const ms = performance.now() - started;
    await new Promise((resolve) => setTimeout(resolve, 20)); // one more turn, so a block inline is seen
    delay.disable();
    const floorStarted = performance.now();
    parseSource({ sourcePath: "ordinary.md", bytes: ordinaryFile(bytes.byteLength) }, { limits: false });
    const floorMs = performance.now() - floorStarted;
    const outcome = `${result!.errors.length === 0 ? "parsed" : `parser refused it: ${result!.errors[0]!.message.slice(0, 50)}`}${refused ? `; the upload limits refuse it first: ${refused.slice(0, 40)}` : ""}`;
    const loopMs = delay.max / 1e6;
    progress(`${file.name}: ${ms.toFixed(1)} ms, event loop held up to ${loopMs.toFixed(1)} ms (${outcome})`);
    report({
      name: `hostile_${slug(file.name)}`,
      value: ms,
      unit: "ms",
      floor: floorMs,
      note: `event-loop delay max ${loopMs.toFixed(1)} ms; ${(bytes.byteLength / 1024).toFixed(0)} KB; ${outcome}; floor = an ordinary file of the same size`,
    });
  }
}
