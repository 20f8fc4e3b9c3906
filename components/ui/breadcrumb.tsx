import { Link } from "@/components/ui/link";
import { Fragment } from "react";

const crumb = "hover:text-fg hover:underline";

/** Where this page sits: links up, from the top, separated by slashes. */
export function Breadcrumb({ links, className = "" }: { links: { href: string; label: string }[]; className?: string }) {
  return (
    <nav aria-label="Breadcrumb" className={`min-w-0 text-sm wrap-anywhere text-muted ${className}`}>
      {links.map((item, index) => (
        <Fragment key={item.href}>
          {index > 0 ? <span aria-hidden="true"> / </span> : null}
          <Link href={item.href} className={crumb}>
            {item.label}
          </Link>
        </Fragment>
      ))}
    </nav>
  );
}
