import { getViewerTimeZone } from "@/lib/scheduling/queries";
import { getCurrentUser } from "@/lib/auth/current-user";
import { SendBrowserTimeZone } from "./send-browser-time-zone";

/** For a signed-in user with no time zone yet: the browser tells the server its own, once. */
export async function TimeZoneDetector() {
  const user = await getCurrentUser();
  if (!user || (await getViewerTimeZone())) return null;
  return <SendBrowserTimeZone />;
}
