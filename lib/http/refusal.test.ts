import { describe, expect, it } from "vitest";
import { refusalMessage } from "./refusal";

describe("refusalMessage", () => {
  it("says a refused address is the problem, where to go instead, and that this address keeps its own copy", () => {
    const message = refusalMessage({ reason: "cross-site", acceptedOrigin: "https://interviews.example.com" }, "http://127.0.0.2:3000");
    expect(message).toMatch(/^Not saved: this page was opened at an address the server does not accept \(http:\/\/127\.0\.0\.2:3000\)\./);
    expect(message).toContain("Open it at https://interviews.example.com instead.");
    expect(message).toContain("Copy or download your edits here first");
  });

  it("never sends the person to the address they are already at", () => {
    expect(refusalMessage({ reason: "cross-site", acceptedOrigin: "http://a.test" }, "http://a.test")).toContain("the address your team uses");
    expect(refusalMessage({ reason: "cross-site", acceptedOrigin: null }, "http://a.test")).toContain("the address your team uses");
  });

  it("passes any other refusal on in the server's words, saying the edits are kept", () => {
    expect(refusalMessage({ status: "rejected", message: "Notes are limited to 20,000 characters." }, "http://a.test")).toBe(
      "Not saved: Notes are limited to 20,000 characters. Your edits are kept on this device: copy or download them from here.",
    );
    expect(refusalMessage(null, "http://a.test")).toMatch(/^Not saved: The server refused this change\./);
    expect(refusalMessage({ reason: "cross-site" }, "http://a.test", { what: "grades" })).toContain("Copy or download your grades here first");
  });
});
