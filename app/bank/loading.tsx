export default function BankLoading() {
  return (
    <div aria-busy="true" aria-label="Loading the question bank" className="animate-pulse space-y-6">
      <div className="h-8 w-56 rounded bg-subtle" />
      <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
        {Array.from({ length: 4 }, (_, index) => (
          <div key={index} className="h-24 rounded-xl bg-subtle" />
        ))}
      </div>
      <div className="h-40 rounded-xl bg-subtle" />
      <div className="h-64 rounded-xl bg-subtle" />
    </div>
  );
}
