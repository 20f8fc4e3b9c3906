import { describe, expect, it } from "vitest";
import { ERASED, personNeedles, redactJson, redactText } from "./redact";

describe("redacting a person out of text", () => {
  const alex = personNeedles({ name: "Alex Rivera", email: "alex.rivera@example.org" }, { parts: true });

  it("replaces the full name, the email and each part of the name, whatever the case", () => {
    expect(redactText("Alex Rivera — EC2 screen", alex)).toBe(`${ERASED} — EC2 screen`);
    expect(redactText("Follow up with ALEX about rivera's project", alex)).toBe(`Follow up with ${ERASED} about ${ERASED}'s project`);
    expect(redactText("mail alex.rivera@example.org today", alex)).toBe(`mail ${ERASED} today`);
  });

  it("matches name parts as whole words only, so other words keep their letters", () => {
    const al = personNeedles({ name: "Al Page", email: null }, { parts: true });
    expect(redactText("Algorithms and pager duty, with Al", al)).toBe(`Algorithms and pager duty, with ${ERASED}`);
    expect(redactText("J. Doe", personNeedles({ name: "J. Doe", email: null }, { parts: true }))).toBe(ERASED);
    expect(personNeedles({ name: "J. Doe", email: null }, { parts: true }).words).toEqual(["J. Doe", "Doe"]);
  });

  it("finds names written with other Unicode forms and scripts, and hands back the same string when nothing matches", () => {
    const zoe = personNeedles({ name: "Zoë Łukasiewicz", email: null }, { parts: true });
    expect(redactText("Zoe\u0308 did well", zoe)).toBe(`${ERASED} did well`);
    expect(redactText("ŁUKASIEWICZ notes", zoe)).toBe(`${ERASED} notes`);
    // Chinese and Japanese put no spaces between words: there the name is found wherever it is.
    expect(redactText("王小明的面试", personNeedles({ name: "王小明", email: null }))).toBe(`${ERASED}的面试`);
    const untouched = "Nothing about them";
    expect(redactText(untouched, zoe)).toBe(untouched);
  });

  it("treats regular-expression characters in a name as text", () => {
    const odd = personNeedles({ name: "A.* (B+)", email: "x+y@ex.org" });
    expect(redactText("A.* (B+) and AAA and x+y@ex.org", odd)).toBe(`${ERASED} and AAA and ${ERASED}`);
  });

  it("without parts, only the full name and the email: a first name alone stays", () => {
    const whole = personNeedles({ name: "Alex Rivera", email: "alex.rivera@example.org" });
    expect(redactText("Alex Rivera and Alex Smith; alex.rivera@example.org", whole)).toBe(`${ERASED} and Alex Smith; ${ERASED}`);
  });

  it("redacts every string of a JSON value and keeps its keys and other values", () => {
    expect(redactJson({ interview: "Alex Rivera, final", composite: 3, tags: ["Rivera", "ok"], nested: { alex: null } }, alex)).toEqual({
      interview: `${ERASED}, final`,
      composite: 3,
      tags: [ERASED, "ok"],
      nested: { alex: null },
    });
  });

  it("does nothing for a person with neither name nor email", () => {
    expect(redactText("anything", personNeedles({ name: "", email: null }))).toBe("anything");
  });
});
