import Link from "next/link";
import { SignOutButton } from "@/components/auth/sign-out-button";
import { ThemeToggle } from "@/components/theme-toggle";
import type { CurrentUser } from "@/lib/auth/current-user";
import type { Theme } from "@/lib/theme";
import { ADMINS, hasRole, MANAGERS, ROLE_LABELS, type RoleName, SIGNED_IN, STAFF } from "@/lib/users/roles";

/** The main navigation, in order, with who sees each link (null: everyone, signed in or not). */
const NAV: { href: string; label: string; roles: readonly RoleName[] | null }[] = [
  { href: "/", label: "Home", roles: SIGNED_IN },
  { href: "/bank", label: "Question bank", roles: SIGNED_IN },
  { href: "/practice", label: "Practice", roles: null },
  { href: "/candidates", label: "Candidates", roles: STAFF },
  { href: "/interviews", label: "Interviews", roles: STAFF },
  { href: "/plans", label: "Plans", roles: STAFF },
  { href: "/compare", label: "Compare", roles: STAFF },
  { href: "/calibration", label: "Calibration", roles: MANAGERS },
  { href: "/admin/users", label: "Users", roles: ADMINS },
];

const navLink = "shrink-0 whitespace-nowrap rounded-md px-3 py-2 text-sm font-medium text-muted hover:bg-subtle hover:text-fg";

export function SiteHeader({ user, theme }: { user: CurrentUser | null; theme: Theme }) {
  return (
    <header role="banner" className="border-b border-border bg-surface">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-4 gap-y-2 px-4 py-3 sm:px-6">
        <Link href="/" className="flex items-center gap-2 font-semibold tracking-tight">
          <span aria-hidden="true" className="inline-flex h-7 w-7 items-center justify-center rounded-md bg-accent text-sm text-accent-fg">
            IB
          </span>
          Interview Bank
        </Link>
        <nav aria-label="Main" className="order-last -mx-2 flex w-full items-center gap-1 overflow-x-auto px-2 sm:order-none sm:mx-0 sm:w-auto sm:flex-1 sm:flex-wrap sm:overflow-visible sm:px-0">
          {NAV.filter((item) => item.roles === null || hasRole(item.roles, user?.role)).map((item) => (
            <Link key={item.href} href={item.href} className={navLink}>
              {item.label}
            </Link>
          ))}
        </nav>
        <div className="ml-auto flex items-center gap-1">
          <ThemeToggle initial={theme} />
          {user ? (
            <>
              <Link href="/account" className={navLink} data-testid="current-user">
                <span className="sm:hidden">Account</span>
                <span className="hidden sm:inline">
                  {user.name ?? user.email} · {ROLE_LABELS[user.role]}
                </span>
              </Link>
              <SignOutButton />
            </>
          ) : (
            <Link href="/sign-in" className={navLink}>
              Sign in
            </Link>
          )}
        </div>
      </div>
    </header>
  );
}
