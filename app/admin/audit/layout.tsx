import type { ReactNode } from "react";
import { requireUser } from "@/lib/auth/current-user";
import { ADMINS } from "@/lib/users/roles";

// The guard sits in the layout, outside this segment's loading.tsx: a non-admin gets a real 404
// (or the sign-in redirect) before anything streams, and the page still shows its loading state.
export default async function AuditLayout({ children }: { children: ReactNode }) {
  await requireUser(ADMINS);
  return children;
}
