// How the audit log page words each event. Known actions get a sentence; any other action (new
// ones the log gains later included) is shown generically, as its name and every detail.
import type { Recommendation, Role } from "@/lib/generated/prisma/enums";
import { RECOMMENDATION_LABELS } from "@/lib/scoring/composite";
import { RESULTS_HIDDEN } from "./schema";
import { ROLE_LABELS } from "@/lib/users/schema";

export interface DescribedEvent {
  label: string;
  /** One sentence for known actions; null when only the details can say what happened. */
  summary: string | null;
  /** Every detail as text, for actions without a sentence. */
  details: [string, string][];
  link: { href: string; text: string } | null;
}

type Details = Record<string, unknown>;

const text = (details: Details, key: string) => (typeof details[key] === "string" ? (details[key] as string) : undefined);

function asText(value: unknown) {
  if (typeof value === "string") return value;
  if (value === null || value === undefined) return "—";
  return JSON.stringify(value);
}

function interviewLink(details: Details) {
  const sessionId = text(details, "sessionId");
  return sessionId ? { href: `/interviews/${encodeURIComponent(sessionId)}`, text: "Open the interview" } : null;
}

const roleLabel = (value: unknown) => ROLE_LABELS[value as Role] ?? asText(value);

/** Sentences for the actions this app records; each returns null when its details are not as expected. */
const KNOWN: Record<string, { label: string; summary: (details: Details) => string | null; link?: (details: Details) => DescribedEvent["link"] }> = {
  "user.role": {
    label: "Role changed",
    summary: (d) => (text(d, "email") ? `${text(d, "email")}: ${roleLabel(d.from)} → ${roleLabel(d.to)}` : null),
  },
  "user.bank-editing": {
    label: "Bank editing",
    summary: (d) => (text(d, "email") && typeof d.to === "boolean" ? `${text(d, "email")} ${d.to ? "may now edit the bank" : "may no longer edit the bank"}` : null),
  },
  "user.sign-out-everywhere": {
    label: "Signed out everywhere",
    summary: (d) => (text(d, "email") ? `Every session of ${text(d, "email")} ended` : null),
  },
  "user.password-change": {
    label: "Password changed",
    summary: (d) => (typeof d.endedSessions === "number" ? `Password changed; ${d.endedSessions} other session${d.endedSessions === 1 ? "" : "s"} signed out` : null),
  },
  "user.session-end": {
    label: "Session ended",
    summary: (d) => (typeof d.sessions === "number" ? `${d.sessions} other session${d.sessions === 1 ? "" : "s"} signed out from the Account page` : null),
  },
  "user.data-export": {
    label: "Data downloaded",
    summary: (d) => (d.format === "json" || d.format === "zip" ? `Downloaded their data (${d.format === "json" ? "JSON" : "CSV zip"})` : null),
  },
  // Names nobody: the account's name and email are gone, from this event and every earlier one.
  "user.delete": {
    label: "Account deleted",
    summary: (d) =>
      d.by === "self" || d.by === "admin"
        ? `${d.by === "self" ? "By its owner" : "By an admin, on request"}${d.scorecardsKept === true ? "; scorecards kept, signed “Deleted user”" : ""}`
        : null,
  },
  "candidate.import": {
    label: "Candidates imported",
    summary: (d) =>
      typeof d.added === "number" && typeof d.skipped === "number"
        ? `${d.added} candidate${d.added === 1 ? "" : "s"} added from a CSV file${d.skipped > 0 ? `; ${d.skipped} already there, skipped` : ""}`
        : null,
    link: () => ({ href: "/candidates", text: "Open the candidates" }),
  },
  "candidate.erase": {
    label: "Candidate erased",
    summary: (d) =>
      d.reason === "request" ? "Personal data erased on request" : d.reason === "retention" ? `Personal data erased: no activity for ${asText(d.months)} months` : null,
  },
  "privacy.retention": {
    label: "Retention changed",
    summary: (d) => {
      const months = (value: unknown) => (typeof value === "number" ? `${value} months` : "off");
      return "from" in d && "to" in d ? `Erase inactive candidates: ${months(d.from)} → ${months(d.to)}` : null;
    },
  },
  "scorecard.submit": {
    label: "Scorecard submitted",
    summary: (d) => {
      if (d[RESULTS_HIDDEN] === true) return text(d, "interview") ? `“${text(d, "interview")}”: recommendation and composite hidden until you may read this scorecard` : null;
      const recommendation = RECOMMENDATION_LABELS[d.recommendation as Recommendation];
      if (!text(d, "interview") || !recommendation) return null;
      return `“${text(d, "interview")}”: ${recommendation}${typeof d.composite === "number" ? `, composite ${d.composite.toFixed(2)}` : ""}`;
    },
    link: interviewLink,
  },
  "scorecard.reopen": {
    label: "Scorecard reopened",
    summary: (d) =>
      text(d, "interview") && text(d, "reason") !== undefined
        ? `Scorecard of ${text(d, "interviewer") ?? "an interviewer"} for “${text(d, "interview")}”. Reason: ${text(d, "reason")}`
        : null,
    link: interviewLink,
  },
};

export function describeAuditEvent(action: string, rawDetails: unknown): DescribedEvent {
  const details: Details = rawDetails && typeof rawDetails === "object" && !Array.isArray(rawDetails) ? (rawDetails as Details) : { value: rawDetails };
  const pairs = Object.entries(details).map(([key, value]): [string, string] => [key, asText(value)]);
  const known = KNOWN[action];
  const summary = known?.summary(details) ?? null;
  return {
    label: known?.label ?? action,
    summary,
    details: summary === null ? pairs : [],
    link: known?.link?.(details) ?? null,
  };
}
