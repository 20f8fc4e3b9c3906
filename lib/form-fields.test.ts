import { describe, expect, it } from "vitest";
import { z } from "zod";
import { interviewFormSchema } from "./interviews/schema";
import { formFields } from "./form-fields";

const formOf = (entries: [string, string | Blob][]) => {
  const data = new FormData();
  for (const [name, value] of entries) data.append(name, value);
  return data;
};

describe("formFields", () => {
  const schema = z.object({ title: z.string(), panel: z.array(z.string()), recommendation: z.string() });

  it('takes each text field\'s first value, every value of a list field, and "" or [] for what the browser did not send', () => {
    const data = formOf([
      ["title", "First"],
      ["title", "Second"],
      ["panel", "ada"],
    ]);
    expect(formFields(data, schema)).toEqual({ title: "First", panel: ["ada"], recommendation: "" });
    expect(formFields(formOf([]), schema)).toEqual({ title: "", panel: [], recommendation: "" });
  });

  it("never hands a file to a text field, and keeps fields the schema does not name (it strips them)", () => {
    const data = formOf([
      ["title", new Blob(["not text"])],
      ["panel", new Blob(["x"])],
      ["panel", "ada"],
      ["extra", "kept"],
    ]);
    expect(formFields(data, schema)).toEqual({ title: "", panel: ["ada"], recommendation: "", extra: "kept" });
  });

  it("sees through a pipe to the object it reads: the new-interview form's panel stays a list", () => {
    const data = formOf([
      ["candidateId", "c1"],
      ["title", "Screen"],
      ["panel", "ada"],
      ["startFrom", "set:ec2"],
    ]);
    expect(formFields(data, interviewFormSchema)).toEqual({ candidateId: "c1", title: "Screen", panel: ["ada"], startFrom: "set:ec2" });
    expect(interviewFormSchema.parse(formFields(data, interviewFormSchema))).toEqual({ candidateId: "c1", title: "Screen", panel: ["ada"], fromSet: "ec2", fromPlan: null });
  });

  it("without a schema, reads what was sent", () => {
    expect(formFields(formOf([["a", "1"]]))).toEqual({ a: "1" });
  });
});
