"use client";

import { RouteError, type ErrorBoundaryProps } from "@/components/route-error";

export default function UsersError(props: ErrorBoundaryProps) {
  return <RouteError {...props} what="the users" />;
}
