import fc from "fast-check";
import { isDeepStrictEqual } from "node:util";
import { parseQuestionSet } from "./lib/content/parse-question-set";
const LINES = ["## Q?", "## R?", "# T", "### Answer", "### Key points", "#### s", "  ## i", "   ### j", "---", "===", "***", "- - -", "```", "````", "~~~", " ```", "  ```", "   ```", "    ```", "\t```", "```js", "``` a`b", "<!--", "-->", "<!-- x -->", "<div>", "</div>", "<span>", "  <span>", "<pre>", "</pre>", "<?", "?>", "<!X", "<![CDATA[", "]]>", "<script>", "> q", "> ```", "- item", "-", "* x", "1. one", "2) two", "- [ ] t", "  - nested", "  text", "    code", "| a | b |", "| - | - |", "difficulty: easy", "id: x", "text", "", "   ", "[x]: /u", "[^1]: note", "- ```", "1. ```", "  ~~~", "<https://x.y>"];
const doc = fc.array(fc.constantFrom(...LINES), { maxLength: 30 }).map((ls) => "---\ntitle: T\n---\n" + ls.join("\n"));
let runs = 0;
fc.assert(fc.property(doc, (src) => {
  runs++;
  const a = parseQuestionSet(src, "x.md");
  const b = parseQuestionSet(src, "x.md", { engine: "remark" });
  if (!isDeepStrictEqual(a, b)) { console.log(JSON.stringify(src)); console.log(JSON.stringify(a.errors), "\n", JSON.stringify(b.errors)); return false; }
  return true;
}), { numRuns: 30000 });
console.log("ok", runs);
