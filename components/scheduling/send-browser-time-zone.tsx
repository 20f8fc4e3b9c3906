"use client";

import { useEffect } from "react";
import { useRouter } from "next/navigation";
import { detectTimeZoneAction } from "@/lib/scheduling/actions";

/** Sends Intl's zone (the operating system's setting) and re-renders, so times show in it at once. */
export function SendBrowserTimeZone() {
  const router = useRouter();
  useEffect(() => {
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    if (!zone) return;
    void detectTimeZoneAction(zone).then((result) => {
      if (result.ok) router.refresh();
    });
  }, [router]);
  return null;
}
