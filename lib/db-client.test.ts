import { describe, expect, it } from "vitest";
import { createTestDatabase } from "../tests/test-database";
import { withoutNul } from "./db-client";

describe("strings PostgreSQL cannot store", () => {
  it("drops U+0000 from every string argument, leaving other values alone", () => {
    const date = new Date(0);
    expect(withoutNul({ where: { id: "a\u0000b", OR: [{ name: { contains: "\u0000" } }] }, take: 3, at: date, tags: ["x\u0000"] })).toEqual({
      where: { id: "ab", OR: [{ name: { contains: "" } }] },
      take: 3,
      at: date,
      tags: ["x"],
    });
    expect(withoutNul({ at: date }).at).toBe(date);
  });

  it("lets a lookup or a write with one answer instead of failing the query", async () => {
    const { prisma } = await createTestDatabase();
    expect(await prisma.candidate.findFirst({ where: { id: "no\u0000such" } })).toBeNull();
    const created = await prisma.$transaction((tx) => tx.candidate.create({ data: { name: "Nul\u0000l" }, select: { name: true } }));
    expect(created.name).toBe("Null");
  });
});
