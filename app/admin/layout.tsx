import type { ReactNode } from "react";
import { AdminNav } from "@/components/admin/admin-nav";
import { getCurrentUser } from "@/lib/auth/current-user";

// Each admin page guards itself (some may be opened to other roles); the tabs are for admins only.
export default async function AdminLayout({ children }: { children: ReactNode }) {
  const user = await getCurrentUser();
  return (
    <>
      {user?.role === "ADMIN" ? <AdminNav /> : null}
      {children}
    </>
  );
}
