import { parse } from "csv-parse/sync";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { csvResponse, neutraliseFormula, toCsv } from "./csv";
import { csvText, exported, readCsv, spreadsheetWouldEvaluate } from "./csv-test-helpers";

describe("neutraliseFormula", () => {
  it.each(["=1+1", "+SUM(A1)", "-2+3", "@cmd", "\t=x", "\r=x", "\n=1+1", "\r\n=1+1", "  =1+1", " \n\t @x", "\u00A0-1", "＝1+1", "\tplain", "\rplain"])(
    "neutralises %j",
    (value) => {
      expect(neutraliseFormula(value)).toBe(`'${value}`);
    },
  );

  it.each(["Knows EC2 = virtual machines", "", "\n", "a\n=1+1", "'=already text", "1-2", "plain\t=x"])("leaves %j alone", (value) => {
    expect(neutraliseFormula(value)).toBe(value);
  });
});

describe("toCsv", () => {
  it("quotes commas, quotes and newlines, and round-trips through a CSV parser", () => {
    const csv = toCsv(["name", "notes", "rating"], [['Ada, "the" candidate', "line one\nline two", 3]]);
    expect(csv.endsWith("\r\n")).toBe(true);
    expect(parse(csv)).toEqual([
      ["name", "notes", "rating"],
      ['Ada, "the" candidate', "line one\nline two", "3"],
    ]);
  });

  it("quotes a bare LF and a bare CR, so a multi-line note stays one row", () => {
    const csv = toCsv(
      ["a", "b", "c"],
      [
        ["one\ntwo", "three\rfour", "five\r\nsix"],
        ["x", "y", "z"],
      ],
    );
    expect(csv).toBe('a,b,c\r\n"one\ntwo","three\rfour","five\r\nsix"\r\nx,y,z\r\n');
    expect(readCsv(csv)).toEqual([
      ["a", "b", "c"],
      ["one\ntwo", "three\rfour", "five\r\nsix"],
      ["x", "y", "z"],
    ]);
  });

  it("never lets a cell start a formula, but keeps numbers as numbers", () => {
    const csv = toCsv(["notes", "z", "w"], [['=HYPERLINK("http://evil")', -1.5, "\n=1+1"]]);
    expect(parse(csv)[1]).toEqual(['\'=HYPERLINK("http://evil")', "-1.5", "'\n=1+1"]);
  });

  it("reads back exactly what was written, one record per row, whatever the text (property)", () => {
    const cell = fc.oneof(
      { weight: 4, arbitrary: csvText() },
      { weight: 1, arbitrary: fc.double({ noNaN: true, noDefaultInfinity: true }) },
      { weight: 1, arbitrary: fc.integer() },
    );
    fc.assert(
      fc.property(
        fc
          .integer({ min: 1, max: 6 })
          .chain((width) =>
            fc.tuple(fc.array(csvText(), { minLength: width, maxLength: width }), fc.array(fc.array(cell, { minLength: width, maxLength: width }), { maxLength: 8 })),
          ),
        ([header, rows]) => {
          // As downloaded: csvResponse puts a BOM first (a cell may start with one too).
          const read = readCsv(`\uFEFF${toCsv(header, rows)}`);
          expect(read).toHaveLength(rows.length + 1);
          const written = [header, ...rows];
          for (const [r, row] of read.entries()) {
            for (const [c, value] of row.entries()) {
              const original = written[r]![c]!;
              if (typeof original === "number") expect(Number(value)).toBe(original === 0 ? 0 : original);
              else {
                expect(value).toBe(exported(original));
                expect(spreadsheetWouldEvaluate(value)).toBe(false);
              }
            }
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe("csvResponse", () => {
  it("starts with a BOM for spreadsheets and names the file safely", async () => {
    const response = csvResponse('Zoë "x"/../y.csv', toCsv(["a"], [["b"]]));
    expect(response.headers.get("Content-Disposition")).toBe('attachment; filename="Zo-x-..-y.csv"');
    expect(readCsv(await response.text())).toEqual([["a"], ["b"]]);
  });
});
