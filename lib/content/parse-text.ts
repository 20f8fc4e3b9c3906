// Text helpers for the question-set parser: decoding bytes (strict UTF-8, with the line of the
// first bad byte), normalising line endings, and quoting input in messages.

export type Report = (line: number, message: string) => void;

/** A piece of the file's text; `line` is the file line on which `text` begins. */
export interface Region {
  text: string;
  line: number;
}

export function decode(source: string | Uint8Array, report: Report): string | null {
  let text: string;
  if (typeof source === "string") {
    text = source.startsWith("\uFEFF") ? source.slice(1) : source;
  } else {
    try {
      text = new TextDecoder("utf-8", { fatal: true }).decode(source); // also drops a BOM
    } catch {
      report(lineOfFirstInvalidByte(source), "file is not valid UTF-8: save it with UTF-8 encoding");
      return null;
    }
  }
  return text.includes("\r") ? text.replace(/\r\n?/g, "\n") : text;
}

function lineOfFirstInvalidByte(bytes: Uint8Array): number {
  const index = firstInvalidUtf8Index(bytes);
  let line = 1;
  for (let i = 0; i < index; i++) {
    if (bytes[i] === 0x0a || (bytes[i] === 0x0d && bytes[i + 1] !== 0x0a)) line++;
  }
  return line;
}

/** Index of the first byte that starts an invalid UTF-8 sequence (bytes.length if none). */
function firstInvalidUtf8Index(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i]!;
    const length = lead < 0x80 ? 1 : lead >= 0xc2 && lead <= 0xdf ? 2 : lead >= 0xe0 && lead <= 0xef ? 3 : lead >= 0xf0 && lead <= 0xf4 ? 4 : 0;
    if (length === 0 || i + length > bytes.length) return i;
    let codePoint = length === 1 ? lead : lead & (0xff >> (length + 1));
    for (let k = 1; k < length; k++) {
      const next = bytes[i + k]!;
      if ((next & 0xc0) !== 0x80) return i;
      codePoint = (codePoint << 6) | (next & 0x3f);
    }
    const tooSmall = (length === 3 && codePoint < 0x800) || (length === 4 && codePoint < 0x10000);
    if (tooSmall || codePoint > 0x10ffff || (codePoint >= 0xd800 && codePoint <= 0xdfff)) return i;
    i += length;
  }
  return bytes.length;
}

export function linesOf(region: Region): { text: string; line: number }[] {
  return region.text.split("\n").map((text, index) => ({ text, line: region.line + index }));
}

export function quote(text: string, max = 60): string {
  return JSON.stringify(text.length > max ? `${text.slice(0, max - 1)}…` : text);
}
