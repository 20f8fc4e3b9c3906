"use client";

import { RouteError, type ErrorBoundaryProps } from "@/components/route-error";

export default function BankError(props: ErrorBoundaryProps) {
  return <RouteError {...props} what="the question bank" />;
}
