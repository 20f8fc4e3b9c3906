// An email's content, written once as blocks and rendered twice: a plain-text part and an HTML
// part. Everything in a block is text; the HTML renderer escapes all of it, so a candidate named
// "<script>" or a title with "&" shows as written and can never become markup.
export type MailBlock = { type: "paragraph"; text: string } | { type: "facts"; rows: [label: string, value: string][] } | { type: "action"; label: string; url: string };

export function escapeHtml(value: string) {
  return value.replace(/[&<>"']/g, (char) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[char]!);
}

export function renderText(blocks: MailBlock[]): string {
  return (
    blocks
      .map((block) => {
        if (block.type === "paragraph") return block.text;
        if (block.type === "facts") return block.rows.map(([label, value]) => `${label}: ${value}`).join("\n");
        return `${block.label}: ${block.url}`;
      })
      .join("\n\n") + "\n"
  );
}

export function renderHtml(title: string, blocks: MailBlock[]): string {
  const body = blocks
    .map((block) => {
      if (block.type === "paragraph") return `<p style="margin:0 0 16px">${escapeHtml(block.text).replace(/\n/g, "<br>")}</p>`;
      if (block.type === "facts") {
        const rows = block.rows
          .map(
            ([label, value]) =>
              `<tr><th align="left" style="padding:2px 16px 2px 0;font-weight:600;vertical-align:top">${escapeHtml(label)}</th><td style="padding:2px 0">${escapeHtml(value)}</td></tr>`,
          )
          .join("");
        return `<table role="presentation" style="margin:0 0 16px;border-collapse:collapse">${rows}</table>`;
      }
      return `<p style="margin:0 0 16px"><a href="${escapeHtml(block.url)}" style="display:inline-block;padding:10px 16px;background:#1d4ed8;color:#ffffff;border-radius:6px;text-decoration:none;font-weight:600">${escapeHtml(block.label)}</a></p><p style="margin:0 0 16px;font-size:12px;color:#555">Or open ${escapeHtml(block.url)}</p>`;
    })
    .join("\n");
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head><body style="font-family:system-ui,sans-serif;font-size:15px;line-height:1.5;color:#111;background:#fff;padding:24px">\n${body}\n</body></html>`;
}
