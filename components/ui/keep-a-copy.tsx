"use client";

import { useState } from "react";
import { buttonSecondary } from "./styles";

export interface CopyDocument {
  filename: string;
  text: string;
}

/** Puts text on the clipboard; where the Clipboard API is missing or refused, the old way. */
async function copyText(text: string) {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const area = document.createElement("textarea");
    area.value = text;
    area.setAttribute("readonly", "");
    area.style.position = "fixed";
    area.style.opacity = "0";
    document.body.append(area);
    area.select();
    const copied = document.execCommand("copy");
    area.remove();
    return copied;
  }
}

function download({ filename, text }: CopyDocument) {
  const url = URL.createObjectURL(new Blob([text], { type: "text/markdown;charset=utf-8" }));
  const link = document.createElement("a");
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

const small = `${buttonSecondary} !px-2.5 !py-1 text-xs`;

/**
 * "Copy" and "Download" for work the server would not take: the person can keep it elsewhere
 * (paste it into a mail, open the app at the right address) while this device still holds it.
 */
export function KeepACopy({ document: make, what }: { document: () => CopyDocument; what: string }) {
  const [said, setSaid] = useState("");
  return (
    <div className="flex flex-wrap items-center justify-end gap-2">
      <button
        type="button"
        className={small}
        onClick={async () => setSaid((await copyText(make().text)) ? `Your ${what} are on the clipboard.` : "This browser would not copy; use Download.")}
      >
        Copy {what}
      </button>
      <button
        type="button"
        className={small}
        onClick={() => {
          download(make());
          setSaid(`Your ${what} were downloaded.`);
        }}
      >
        Download {what}
      </button>
      <span role="status" className="w-full text-right text-xs text-muted empty:hidden">
        {said}
      </span>
    </div>
  );
}
