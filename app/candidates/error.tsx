"use client";

import { RouteError, type ErrorBoundaryProps } from "@/components/route-error";

export default function CandidatesError(props: ErrorBoundaryProps) {
  return <RouteError {...props} what="the candidates" />;
}
