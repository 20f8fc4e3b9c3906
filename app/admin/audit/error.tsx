"use client";

import { RouteError, type ErrorBoundaryProps } from "@/components/route-error";

export default function AuditError(props: ErrorBoundaryProps) {
  return <RouteError {...props} what="the audit log" />;
}
