import { revalidatePath } from "next/cache";
import { getCurrentUser } from "@/lib/auth/current-user";
import { prisma } from "@/lib/db";
import { answeringDatabaseOutage } from "@/lib/http/database-outage";
import { readJsonBody, refuseCrossSite } from "@/lib/http/json-request";
import { recordReviews } from "@/lib/practice/reviews";
import { reviewBatchSchema } from "@/lib/practice/schema";

export const dynamic = "force-dynamic";

/**
 * Self-graded reviews from the practice run (lib/practice/outbox.ts), or a guest history merged
 * after sign-up. JSON, not a server action: the outbox needs status codes to tell an outage
 * from a refusal, and retries the same review ids until they are confirmed.
 */
export async function POST(request: Request) {
  const refused = refuseCrossSite(request);
  if (refused) return refused;
  // A database restarting answers 503, which the outbox retries with the same review ids.
  return answeringDatabaseOutage(async () => {
    const user = await getCurrentUser();
    if (!user) return Response.json({ status: "signed-out" }, { status: 401 });
    const body = await readJsonBody(request, reviewBatchSchema);
    if ("response" in body) return body.response;
    const result = await recordReviews(prisma, user.id, body.data.reviews, new Date(), body.data.undos);
    if (result.accepted.length > 0) revalidatePath("/practice", "layout");
    return Response.json(result, { headers: { "Cache-Control": "no-store" } });
  });
}
