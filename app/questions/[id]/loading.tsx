export default function QuestionLoading() {
  return (
    <div aria-busy="true" aria-label="Loading the question" className="mx-auto max-w-3xl animate-pulse space-y-4">
      <div className="h-4 w-40 rounded bg-subtle" />
      <div className="h-8 w-3/4 rounded bg-subtle" />
      <div className="h-48 rounded-xl bg-subtle" />
      <div className="h-32 rounded-xl bg-subtle" />
    </div>
  );
}
