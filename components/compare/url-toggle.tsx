"use client";

import { Link } from "@/components/ui/link";
import type { ReactNode } from "react";

/**
 * A switch that is a link: its state lives in the URL, so the view can be shared and reloaded.
 * role="switch" promises Space toggles it (WAI-ARIA APG Switch pattern); a link only follows on
 * Enter, so Space is handled here as well.
 */
export function UrlToggle({ href, on, label, children }: { href: string; on: boolean; label: string; children: ReactNode }) {
  return (
    <div className="max-w-md space-y-1">
      <Link
        href={href}
        role="switch"
        aria-checked={on}
        className="inline-flex items-center gap-2 font-medium"
        onKeyDown={(event) => {
          if (event.key !== " ") return;
          event.preventDefault();
          event.currentTarget.click();
        }}
      >
        <span aria-hidden="true" className={`inline-flex h-5 w-9 items-center rounded-full p-0.5 transition-colors ${on ? "bg-accent" : "bg-border"}`}>
          <span className={`size-4 rounded-full bg-surface shadow transition-transform ${on ? "translate-x-4" : ""}`} />
        </span>
        {label}
      </Link>
      <p className="text-muted">{children}</p>
    </div>
  );
}
