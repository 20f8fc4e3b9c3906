import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { neutraliseFormula, toCsv } from "./csv";

describe("neutraliseFormula", () => {
  it.each(["=1+1", "+SUM(A1)", "-2+3", "@cmd", "\t=x", "\r=x"])("neutralises %j", (value) => {
    expect(neutraliseFormula(value)).toBe(`'${value}`);
  });

  it("leaves ordinary text alone", () => {
    expect(neutraliseFormula("Knows EC2 = virtual machines")).toBe("Knows EC2 = virtual machines");
  });
});

describe("toCsv", () => {
  it("quotes commas, quotes and newlines, and round-trips through a CSV parser", () => {
    const csv = toCsv(["name", "notes", "rating"], [["Ada, \"the\" candidate", "line one\nline two", 3]]);
    expect(csv.endsWith("\r\n")).toBe(true);
    expect(parse(csv)).toEqual([
      ["name", "notes", "rating"],
      ["Ada, \"the\" candidate", "line one\nline two", "3"],
    ]);
  });

  it("never lets a cell start a formula, but keeps numbers as numbers", () => {
    const csv = toCsv(["notes", "z"], [["=HYPERLINK(\"http://evil\")", -1.5]]);
    expect(parse(csv)[1]).toEqual(["'=HYPERLINK(\"http://evil\")", "-1.5"]);
  });
});
