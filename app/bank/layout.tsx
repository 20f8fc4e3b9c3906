import type { ReactNode } from "react";
import { requireUser } from "@/lib/auth/current-user";

// The sign-in check sits outside this segment's loading.tsx: inside it, the redirect would come
// after a 200 had already streamed (a meta refresh instead of a real redirect).
export default async function BankLayout({ children }: { children: ReactNode }) {
  await requireUser();
  return children;
}
