"use client";

import { RouteError, type ErrorBoundaryProps } from "@/components/route-error";

export default function AuthoringError(props: ErrorBoundaryProps) {
  return <RouteError {...props} what="the import" />;
}
