import { describe, expect, it } from "vitest";
import { APP_ORIGIN, OPEN_REDIRECT_PAYLOADS, SAFE_CALLBACKS } from "../../tests/open-redirect-payloads";
import { safeCallbackPath } from "./callback-url";

const ORIGIN = "http://localhost:3000";
const spelt = (payload: string) => payload.replaceAll(APP_ORIGIN, ORIGIN);

describe("safeCallbackPath", () => {
  it.each(OPEN_REDIRECT_PAYLOADS.map((payload) => [JSON.stringify(payload).slice(0, 80), spelt(payload)]))("sends %s home", (_name, payload) => {
    expect(safeCallbackPath(payload, { origins: [ORIGIN], fallback: "/home" })).toBe("/home");
  });

  it.each(SAFE_CALLBACKS.map(([given, expected]) => [spelt(given), expected]))("keeps %s as %s", (given, expected) => {
    expect(safeCallbackPath(given, { origins: [ORIGIN] })).toBe(expected);
  });

  it("sends home whatever is not a string, and takes the first of repeated parameters", () => {
    for (const value of [undefined, null, 42, {}, ["//evil.example", "/bank"]]) expect(safeCallbackPath(value)).toBe("/");
    expect(safeCallbackPath(["/bank", "//evil.example"])).toBe("/bank");
  });

  it("accepts absolute URLs only of the origins it is given", () => {
    expect(safeCallbackPath(`${ORIGIN}/bank`)).toBe("/");
    expect(safeCallbackPath(`${ORIGIN}/bank`, { origins: ["http://127.0.0.1:3000", undefined, "not a url"] })).toBe("/");
    expect(safeCallbackPath("http://127.0.0.1:3000/bank", { origins: ["http://127.0.0.1:3000/"] })).toBe("/bank");
    expect(safeCallbackPath("https://localhost:3000/bank", { origins: [ORIGIN] })).toBe("/");
  });

  it("never returns anything a browser would resolve to another origin", () => {
    // Every result, read as a browser reads a Location header, stays on the app's origin.
    for (const payload of [...OPEN_REDIRECT_PAYLOADS, ...SAFE_CALLBACKS.map(([given]) => given)]) {
      const result = safeCallbackPath(spelt(payload), { origins: [ORIGIN] });
      expect(new URL(result, ORIGIN).origin, JSON.stringify(payload)).toBe(ORIGIN);
    }
  });
});
