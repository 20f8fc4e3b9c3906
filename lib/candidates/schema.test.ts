import { describe, expect, it } from "vitest";
import { candidateSchema } from "./schema";

describe("candidateSchema", () => {
  it("trims, lower-cases the email and turns empty optional fields into null", () => {
    expect(candidateSchema.parse({ name: "  Ada Lovelace ", email: " Ada@Example.COM ", position: " ", notes: "Met at a meetup." })).toEqual({
      name: "Ada Lovelace",
      email: "ada@example.com",
      position: null,
      notes: "Met at a meetup.",
    });
  });

  it("explains a missing name and a malformed email", () => {
    const result = candidateSchema.safeParse({ name: " ", email: "not-an-email", position: "", notes: "" });
    expect(result.success).toBe(false);
    expect(result.error?.flatten().fieldErrors).toEqual({
      name: ["Enter the candidate's name."],
      email: ["Enter a valid email address, or leave it empty."],
    });
  });

  it("keeps notes verbatim, hostile text included", () => {
    const notes = '<script>alert(1)</script>\u202Eevil\n=HYPERLINK("x")';
    expect(candidateSchema.parse({ name: "X", email: "", position: "", notes }).notes).toBe(notes);
  });
});
