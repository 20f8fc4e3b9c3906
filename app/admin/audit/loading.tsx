export default function AuditLoading() {
  return (
    <div aria-busy="true" aria-label="Loading the audit log" className="animate-pulse space-y-6">
      <div className="h-8 w-40 rounded bg-subtle" />
      <div className="h-16 rounded-xl bg-subtle" />
      <div className="h-96 rounded-xl bg-subtle" />
    </div>
  );
}
