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

  it("words the account and privacy actions without naming the person", () => {
    expect(describeAuditEvent("user.password-change", { endedSessions: 2 }).summary).toBe("Password changed; 2 other sessions signed out");
    expect(describeAuditEvent("user.session-end", { sessions: 1 }).summary).toBe("1 other session signed out from the Account page");
    expect(describeAuditEvent("user.data-export", { format: "zip" }).summary).toBe("Downloaded their data (CSV zip)");
    expect(describeAuditEvent("user.delete", { by: "admin", role: "INTERVIEWER", scorecardsKept: true }).summary).toBe(
      "By an admin, on request; scorecards kept, signed “Deleted user”",
    );
    expect(describeAuditEvent("candidate.erase", { reason: "retention", months: 24 })).toMatchObject({
      label: "Candidate erased",
      summary: "Personal data erased: no activity for 24 months",
    });
    expect(describeAuditEvent("privacy.retention", { from: null, to: 36 }).summary).toBe("Erase inactive candidates: off → 36 months");
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
