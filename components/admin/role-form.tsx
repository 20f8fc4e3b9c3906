"use client";

import { useActionState } from "react";
import { FormFooter } from "@/components/ui/form-footer";
import { input } from "@/components/ui/styles";
import type { Role } from "@/lib/generated/prisma/enums";
import { changeRole } from "@/lib/users/actions";
import { ROLE_LABELS, ROLES } from "@/lib/users/roles";

export function RoleForm({ userId, email, role }: { userId: string; email: string; role: Role }) {
  const [state, action, pending] = useActionState(changeRole, {});
  return (
    <form action={action} className="flex flex-wrap items-center gap-2">
      <input type="hidden" name="userId" value={userId} />
      <label className="sr-only" htmlFor={`role-${userId}`}>
        Role of {email}
      </label>
      <select id={`role-${userId}`} name="role" defaultValue={role} className={`${input} w-auto`}>
        {ROLES.map((value) => (
          <option key={value} value={value}>
            {ROLE_LABELS[value]}
          </option>
        ))}
      </select>
      <FormFooter state={state} pending={pending} label="Save" pendingLabel="Saving…" secondary />
    </form>
  );
}
