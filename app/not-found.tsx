import { Link } from "@/components/ui/link";
import { buttonSecondary } from "@/components/ui/styles";

export default function NotFound() {
  return (
    <div className="mx-auto max-w-md py-12 text-center">
      <p className="text-sm font-medium text-muted">404</p>
      <h1 className="mt-1 text-2xl font-semibold tracking-tight">Page not found</h1>
      <p className="mt-2 text-sm text-muted">It does not exist, or your account cannot see it.</p>
      <Link href="/bank" className={`${buttonSecondary} mt-6`}>
        Back to the question bank
      </Link>
    </div>
  );
}
