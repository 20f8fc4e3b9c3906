"use client";

import { RouteError, type ErrorBoundaryProps } from "@/components/route-error";

export default function QuestionError(props: ErrorBoundaryProps) {
  return <RouteError {...props} what="this question" />;
}
