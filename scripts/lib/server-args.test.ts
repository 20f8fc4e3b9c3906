import { describe, expect, it } from "vitest";
import { parseServerArgs } from "./server-args";

describe("parseServerArgs", () => {
  it("reads the mode, port and hostname as next dev / next start do", () => {
    expect(parseServerArgs(["start"], {})).toEqual({ dev: false, port: 3000, hostname: undefined });
    expect(parseServerArgs(["dev", "-p", "8080"], {})).toEqual({ dev: true, port: 8080, hostname: undefined });
    expect(parseServerArgs(["start", "--port=9000", "-H", "0.0.0.0"], {})).toEqual({ dev: false, port: 9000, hostname: "0.0.0.0" });
    expect(parseServerArgs(["start"], { PORT: "4000" }).port).toBe(4000);
  });

  it("refuses what it does not understand, saying what it takes", () => {
    expect(() => parseServerArgs(["serve"], {})).toThrow(/dev\|start/);
    expect(() => parseServerArgs(["start", "--turbo"], {})).toThrow(/Unknown option "--turbo"/);
    expect(() => parseServerArgs(["start", "-p", "http"], {})).toThrow(/port/);
  });
});
