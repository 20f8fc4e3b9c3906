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
      <Markdown source={source} />
    </article>
  );
}
