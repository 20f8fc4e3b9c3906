import { BANK_ZIP_NAME, exportBankZip } from "@/lib/content/export-queries";

export const dynamic = "force-dynamic";

/** The whole bank as a zip of Markdown set files (format: content/README.md). */
export async function GET() {
  const zip = await exportBankZip();
  if (!zip) return new Response("Not found", { status: 404 });
  return new Response(new Blob([zip as Uint8Array<ArrayBuffer>]), {
    headers: { "Content-Type": "application/zip", "Content-Disposition": `attachment; filename="${BANK_ZIP_NAME}"`, "Cache-Control": "no-store" },
  });
}
