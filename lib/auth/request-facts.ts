import "server-only";
import { headers } from "next/headers";
import { clientAddress } from "@/lib/http/forwarded";
import type { RequestFacts } from "./user-sessions";

/**
 * The browser and address of the request being served (next-auth's callbacks are not given the
 * request, but run inside it). The address is the one the server edge established (clientAddress).
 */
export async function requestFacts(): Promise<RequestFacts> {
  try {
    const list = await headers();
    return { userAgent: list.get("user-agent") ?? "", address: clientAddress(list) };
  } catch {
    // Outside a request (a script): nothing to record.
    return { userAgent: "", address: "unknown" };
  }
}
