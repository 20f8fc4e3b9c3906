"use client";

import { RouteError, type ErrorBoundaryProps } from "@/components/route-error";

export default function PracticeError(props: ErrorBoundaryProps) {
  return <RouteError {...props} what="practice" />;
}
