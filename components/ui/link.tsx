"use client";

import NextLink from "next/link";
import { type ComponentProps, useState } from "react";

/**
 * The app's link: Next's `<Link>`, prefetching its page only once a person shows intent (the pointer
 * on it, a finger down, keyboard focus) rather than as soon as it scrolls into view. Every page is
 * dynamic (it reads the session), so a viewport prefetch ran the layout's session check for each
 * link shown: 16 requests per page view from the header alone, 72% of the server's requests in
 * three end-to-end specs (2,367 of 3,274). The pattern is Next's own ("Hover-triggered
 * prefetch", node_modules/next/dist/docs/01-app/02-guides/prefetching.md). ESLint keeps `next/link`
 * out of every other file.
 */
export function Link({ prefetch, onPointerEnter, onFocus, ...props }: ComponentProps<typeof NextLink>) {
  const [intent, setIntent] = useState(false);
  return (
    <NextLink
      {...props}
      // null is Next's default prefetch; an explicit `prefetch={false}` from the caller stays false.
      prefetch={prefetch === false || !intent ? false : (prefetch ?? null)}
      onPointerEnter={(event) => {
        setIntent(true);
        onPointerEnter?.(event);
      }}
      onFocus={(event) => {
        setIntent(true);
        onFocus?.(event);
      }}
    />
  );
}
