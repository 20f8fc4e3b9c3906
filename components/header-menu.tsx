"use client";

import { usePathname } from "next/navigation";
import { useEffect, useId, useRef, useState, type ReactNode } from "react";

/**
 * The header's navigation and account links: one row from the lg breakpoint (1024 px) up, and below
 * it a disclosure menu. Opening moves focus to the first link; Escape, a click outside or a new
 * page closes it, and Escape gives focus back to the button (WAI-ARIA APG "Disclosure Navigation").
 */
export function HeaderMenu({ children }: { children: ReactNode }) {
  const [open, setOpen] = useState(false);
  const [openedOn, setOpenedOn] = useState<string | null>(null);
  const pathname = usePathname();
  const id = useId();
  const button = useRef<HTMLButtonElement>(null);
  const panel = useRef<HTMLDivElement>(null);
  // A link followed closes the menu: it belongs to the page it was opened on.
  const shown = open && openedOn === pathname;

  useEffect(() => {
    if (!shown) return;
    panel.current?.querySelector<HTMLElement>("a, button")?.focus();
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== "Escape") return;
      setOpen(false);
      button.current?.focus();
    };
    const onPointer = (event: PointerEvent) => {
      const target = event.target as Node;
      if (!panel.current?.contains(target) && !button.current?.contains(target)) setOpen(false);
    };
    document.addEventListener("keydown", onKey);
    document.addEventListener("pointerdown", onPointer);
    return () => {
      document.removeEventListener("keydown", onKey);
      document.removeEventListener("pointerdown", onPointer);
    };
  }, [shown]);

  return (
    <>
      <button
        ref={button}
        type="button"
        aria-expanded={shown}
        aria-controls={id}
        onClick={() => {
          setOpen(!shown);
          setOpenedOn(pathname);
        }}
        className="order-2 inline-flex h-9 items-center gap-2 rounded-md border border-border px-3 text-sm font-medium text-fg hover:bg-subtle lg:hidden"
      >
        <span aria-hidden="true">{shown ? "✕" : "☰"}</span>
        Menu
      </button>
      <div
        ref={panel}
        id={id}
        onClick={(event) => {
          // A link followed closes it (so going back to this page does not find it open).
          if ((event.target as Element).closest("a")) setOpen(false);
        }}
        className={`${shown ? "flex" : "hidden"} absolute inset-x-0 top-full z-30 flex-col gap-1 border-b border-border bg-surface px-4 py-3 shadow-lg sm:px-6 lg:static lg:z-auto lg:flex lg:min-w-0 lg:flex-1 lg:flex-row lg:items-center lg:border-0 lg:bg-transparent lg:p-0 lg:shadow-none`}
      >
        {children}
      </div>
    </>
  );
}
