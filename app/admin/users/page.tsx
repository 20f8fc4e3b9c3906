import type { Metadata } from "next";
import { BankEditingForm } from "@/components/admin/bank-editing-form";
import { DeleteUserForm } from "@/components/admin/delete-user-form";
import { RoleForm } from "@/components/admin/role-form";
import { Badge } from "@/components/ui/badge";
import { PageHeader } from "@/components/ui/page-header";
import { listUsers } from "@/lib/users/queries";
import { formatDate } from "@/lib/format/date-time";

export const metadata: Metadata = { title: "Users" };

// No loading.tsx here: non-admins must get a real 404, which a streamed loading state would turn into a 200.

export default async function UsersPage() {
  const users = await listUsers();
  return (
    <>
      <PageHeader
        title="Users"
        description={
          <>
            Candidates sign up themselves; grant other roles here or with <code className="rounded bg-subtle px-1">npm run user:create -- --email … --role interviewer</code>.
            Interviewers edit the question bank only when allowed here; admins always can. Deleting an account (on its owner&apos;s request) keeps the scorecards it wrote, signed
            “Deleted user”. Every change is recorded in the audit log.
          </>
        }
      />
      <div className="relative overflow-x-auto rounded-xl border border-border bg-surface shadow-sm">
        <table className="w-full text-left text-sm">
          <caption className="sr-only">All users and their roles</caption>
          <thead className="border-b border-border bg-subtle text-xs tracking-wide text-muted uppercase">
            <tr>
              <th scope="col" className="px-4 py-3 font-medium">
                User
              </th>
              <th scope="col" className="px-4 py-3 font-medium">
                Joined
              </th>
              <th scope="col" className="px-4 py-3 font-medium">
                Role
              </th>
              <th scope="col" className="px-4 py-3 font-medium">
                Bank editing
              </th>
              <th scope="col" className="px-4 py-3 font-medium">
                Account
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-border">
            {users.map((user) => (
              <tr key={user.id}>
                <td className="px-4 py-3">
                  <div className="font-medium">{user.name ?? "—"}</div>
                  <div className="text-muted">
                    {user.email} {user.isDemo ? <Badge tone="warning">demo</Badge> : null}
                  </div>
                </td>
                <td className="px-4 py-3 whitespace-nowrap text-muted">{formatDate(user.createdAt)}</td>
                <td className="px-4 py-3">
                  <RoleForm userId={user.id} email={user.email} role={user.role} />
                </td>
                <td className="px-4 py-3">
                  {user.role === "INTERVIEWER" ? (
                    <BankEditingForm userId={user.id} email={user.email} canEditBank={user.canEditBank} />
                  ) : (
                    <span className="text-sm text-muted">{user.role === "ADMIN" ? "Always (admin)" : "—"}</span>
                  )}
                </td>
                <td className="px-4 py-3">
                  <DeleteUserForm userId={user.id} email={user.email} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
