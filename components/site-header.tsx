import { Link } from "@/components/ui/link";
import { SignOutButton } from "@/components/auth/sign-out-button";
import { HeaderMenu } from "@/components/header-menu";
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

// Tight padding from lg to 2xl so every role's links fit one row at 1024 px (admin: 8 links).
const navLink = "shrink-0 whitespace-nowrap rounded-md px-3 py-2 text-sm font-medium text-muted hover:bg-subtle hover:text-fg lg:px-2 2xl:px-3";

export function SiteHeader({ user, theme }: { user: CurrentUser | null; theme: Theme }) {
  return (
    <header role="banner" className="relative border-b border-border bg-surface print:hidden">
      <div className="mx-auto flex max-w-6xl items-center gap-x-3 px-4 py-3 sm:px-6 xl:gap-x-4">
        <Link href="/" className="mr-auto flex shrink-0 items-center gap-2 font-semibold tracking-tight lg:mr-0">
          <span aria-hidden="true" className="inline-flex h-7 w-7 items-center justify-center rounded-md bg-accent text-sm text-accent-fg">
            IB
          </span>
          <span className="lg:sr-only 2xl:not-sr-only">Interview Bank</span>
        </Link>
        <HeaderMenu>
          <nav aria-label="Main" className="flex flex-col gap-1 lg:flex-row lg:items-center lg:gap-0.5 xl:gap-1">
            {NAV.filter((item) => item.roles === null || hasRole(item.roles, user?.role)).map((item) => (
              <Link key={item.href} href={item.href} className={navLink}>
                {item.label}
              </Link>
            ))}
          </nav>
          <div className="mt-2 flex flex-col gap-1 border-t border-border pt-2 lg:mt-0 lg:ml-auto lg:min-w-0 lg:flex-row lg:items-center lg:border-0 lg:pt-0">
            {user ? (
              <>
                <Link
                  href="/account"
                  className={`${navLink} min-w-0 truncate xl:max-w-44`}
                  data-testid="current-user"
                  title={`${user.name ?? user.email} · ${ROLE_LABELS[user.role]}`}
                >
                  <span className="sr-only">Account: </span>
                  {/* From 1024 to 1279 px the row has room for "Account" only; the name stays for screen readers. */}
                  <span className="lg:max-xl:sr-only">
                    {user.name ?? user.email} · {ROLE_LABELS[user.role]}
                  </span>
                  <span aria-hidden="true" className="hidden lg:max-xl:inline">
                    Account
                  </span>
                </Link>
                <div className="shrink-0 whitespace-nowrap">
                  <SignOutButton />
                </div>
              </>
            ) : (
              <Link href="/sign-in" className={navLink}>
                Sign in
              </Link>
            )}
          </div>
        </HeaderMenu>
        <div className="order-1 shrink-0 lg:order-none">
          <ThemeToggle initial={theme} />
        </div>
      </div>
    </header>
  );
}
