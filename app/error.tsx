"use client";

import { RouteError, type ErrorBoundaryProps } from "@/components/route-error";

export default function AppError(props: ErrorBoundaryProps) {
  return <RouteError {...props} what="this page" />;
}
