import { readFile } from "node:fs/promises";
import path from "node:path";
import type { Metadata } from "next";
import { Markdown } from "@/components/markdown";

export const metadata: Metadata = { title: "Privacy" };

// The privacy notice is docs/privacy.md, so the page and the repository never say different things.
export default async function PrivacyPage() {
  const source = await readFile(path.join(process.cwd(), "docs", "privacy.md"), "utf8");
  return (
    <article className="mx-auto max-w-3xl">
      {/* The bank's prose styles leave h1–h3 plain (questions use them rarely); a notice needs them. */}
      <Markdown source={source} className="[&_h1]:text-2xl [&_h1]:font-semibold [&_h2]:mt-8 [&_h2]:text-xl [&_h2]:font-semibold [&_h3]:mt-6 [&_h3]:font-semibold" />
    </article>
  );
}
