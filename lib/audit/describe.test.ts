import { describe, expect, it } from "vitest";
import { describeAuditEvent } from "./describe";

describe("describing audit events", () => {
  it("words the actions the app records", () => {
    expect(describeAuditEvent("user.role", { email: "pat@example.org", from: "CANDIDATE", to: "INTERVIEWER" })).toMatchObject({
      label: "Role changed",
      summary: "pat@example.org: Candidate → Interviewer",
      details: [],
    });
    expect(describeAuditEvent("user.bank-editing", { email: "pat@example.org", from: false, to: true }).summary).toBe("pat@example.org may now edit the bank");
    expect(describeAuditEvent("scorecard.submit", { sessionId: "s1", interview: "Tech screen", recommendation: "YES", composite: 3 })).toMatchObject({
      summary: "“Tech screen”: Yes, composite 3.00",
      link: { href: "/interviews/s1" },
    });
    expect(describeAuditEvent("scorecard.reopen", { sessionId: "s1", interview: "Tech screen", interviewer: "ian@example.com", reason: "Typo" }).summary).toBe(
      "Scorecard of ian@example.com for “Tech screen”. Reason: Typo",
    );
  });

  it("shows an action it does not know, or details it does not expect, as the name and every detail", () => {
    expect(describeAuditEvent("bank.import", { files: ["a.md", "b.md"], created: 3, note: "<b>bold</b>" })).toEqual({
      label: "bank.import",
      summary: null,
      details: [
        ["files", '["a.md","b.md"]'],
        ["created", "3"],
        ["note", "<b>bold</b>"],
      ],
      link: null,
    });
    expect(describeAuditEvent("user.role", { to: "ADMIN" })).toMatchObject({ label: "Role changed", summary: null, details: [["to", "ADMIN"]] });
    expect(describeAuditEvent("odd", ["not", "an", "object"]).details).toEqual([["value", '["not","an","object"]']]);
    expect(describeAuditEvent("odd", null).details).toEqual([["value", "—"]]);
  });
});
