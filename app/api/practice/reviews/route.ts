import { revalidatePath } from "next/cache";
import { getCurrentUser } from "@/lib/auth/current-user";
import { prisma } from "@/lib/db";
import { recordReviews } from "@/lib/practice/reviews";
import { reviewBatchSchema } from "@/lib/practice/schema";

export const dynamic = "force-dynamic";

function publicOrigin() {
  try {
    return process.env.NEXTAUTH_URL ? new URL(process.env.NEXTAUTH_URL).origin : null;
  } catch {
    return null;
  }
}

/**
 * Self-graded reviews from the practice run (lib/practice/outbox.ts), or a guest history merged
 * after sign-up. JSON, not a server action: the outbox needs status codes to tell an outage
 * from a refusal, and retries the same review ids until they are confirmed.
 */
export async function POST(request: Request) {
  // Session cookies are SameSite=Lax, and a JSON body forces a CORS preflight; this closes the rest.
  const origin = request.headers.get("origin");
  if (origin && origin !== new URL(request.url).origin && origin !== publicOrigin()) {
    return Response.json({ status: "rejected", message: "Cross-site request refused." }, { status: 403 });
  }
  const user = await getCurrentUser();
  if (!user) return Response.json({ status: "signed-out" }, { status: 401 });
  let body: unknown;
  try {
    body = await request.json();
  } catch {
    return Response.json({ status: "rejected", message: "The request body is not JSON." }, { status: 400 });
  }
  const parsed = reviewBatchSchema.safeParse(body);
  if (!parsed.success) {
    return Response.json({ status: "rejected", message: parsed.error.issues[0]?.message ?? "Invalid review." }, { status: 400 });
  }
  const result = await recordReviews(prisma, user.id, parsed.data.reviews);
  if (result.accepted.length > 0) revalidatePath("/practice", "layout");
  return Response.json(result, { headers: { "Cache-Control": "no-store" } });
}
