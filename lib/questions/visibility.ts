import type { Audience, Role } from "@/lib/generated/prisma/enums";

/**
 * Which question audiences a role may see. Candidates never see interview-only questions,
 * anywhere: every read of questions filters with this.
 */
export function visibleAudiences(role: Role): Audience[] {
  return role === "CANDIDATE" ? ["PRACTICE", "BOTH"] : ["INTERVIEW", "PRACTICE", "BOTH"];
}

export function canSeeArchived(role: Role) {
  return role !== "CANDIDATE";
}
