import { exportSetFile } from "@/lib/content/export-queries";

export const dynamic = "force-dynamic";

/** One question set as its Markdown file, ready to commit to content/questions/. */
export async function GET(_request: Request, context: RouteContext<"/bank/export/[slug]">) {
  const file = await exportSetFile((await context.params).slug);
  if (!file) return new Response("Not found", { status: 404 });
  // The file name is a slug (checked against SLUG_PATTERN), so it is safe in the header as it is.
  return new Response(file.markdown, {
    headers: { "Content-Type": "text/markdown; charset=utf-8", "Content-Disposition": `attachment; filename="${file.filename}"`, "Cache-Control": "no-store" },
  });
}
