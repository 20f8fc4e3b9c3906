import type { Metadata } from "next";
import { PlanForm } from "@/components/plans/plan-form";
import { Breadcrumb } from "@/components/ui/breadcrumb";
import { PageHeader } from "@/components/ui/page-header";
import { card } from "@/components/ui/styles";
import { requireUser } from "@/lib/auth/current-user";
import { createPlanAction } from "@/lib/plans/actions";
import { STAFF } from "@/lib/users/roles";

export const metadata: Metadata = { title: "New plan" };

export default async function NewPlanPage() {
  await requireUser(STAFF);
  return (
    <div className="mx-auto max-w-2xl">
      <Breadcrumb links={[{ href: "/plans", label: "Interview plans" }]} className="mb-4" />
      <PageHeader title="New plan" description="Name the plan; you add and order its questions next." />
      <div className={`${card} p-6`}>
        <PlanForm action={createPlanAction} initial={{ name: "", position: null }} submitLabel="Create plan" />
      </div>
    </div>
  );
}
