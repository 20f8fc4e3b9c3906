"use client";

import { RouteError, type ErrorBoundaryProps } from "@/components/route-error";

export default function InterviewsError(props: ErrorBoundaryProps) {
  return <RouteError {...props} what="the interview" />;
}
