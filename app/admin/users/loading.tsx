export default function UsersLoading() {
  return <div aria-busy="true" aria-label="Loading users" className="h-64 animate-pulse rounded-xl bg-subtle" />;
}
