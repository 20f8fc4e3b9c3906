"use client";

import { useEffect } from "react";
import { buttonPrimary } from "@/components/ui/styles";

/** What Next.js gives an error.tsx: `retry` fetches the segment from the server again (`reset` would only re-render). */
export interface ErrorBoundaryProps {
  error: Error & { digest?: string };
  retry: () => void;
}

/** Shared body of every error.tsx: says what happened and offers a retry, without internals. */
export function RouteError({ error, retry, what }: ErrorBoundaryProps & { what: string }) {
  useEffect(() => {
    console.error(error);
  }, [error]);
  return (
    <div role="alert" className="mx-auto max-w-md rounded-xl border border-border bg-surface p-6 text-center shadow-sm">
      <h1 className="text-lg font-semibold">Could not load {what}</h1>
      <p className="mt-2 text-sm text-muted">
        Something went wrong on our side or the connection dropped. Nothing you entered was lost.
        {error.digest ? ` (Reference ${error.digest})` : ""}
      </p>
      <button type="button" onClick={() => retry()} className={`${buttonPrimary} mt-4`}>
        Try again
      </button>
    </div>
  );
}
