// Imports at the size limits, and past PostgreSQL's 32,767 bind parameters per statement: the
// batches that used to end in a bare 500 (Prisma P2029) and the uploads the limits allow.
import { beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase } from "../../tests/test-database";
import type { Database } from "../db-client";
import { applyParsedImport, checkParsedImport, type ImportSource, parseImport } from "./plan-import";

let db: Database;
beforeAll(async () => {
  ({ prisma: db } = await createTestDatabase());
});

const encode = (text: string) => new TextEncoder().encode(text);

function question(id: string, answer = "A.") {
  return `## Question ${id}?\n\nid: ${id}\ndifficulty: easy\n\n### Answer\n\n${answer}\n\n### Key points\n\n- P\n`;
}

/** `files` files of `perFile` minimal questions each, ids `${prefix}-${file}-${n}`. */
function sources(prefix: string, files: number, perFile: number, answer = "A."): ImportSource[] {
  return Array.from({ length: files }, (_, f) => ({
    sourcePath: `${prefix}-${f}.md`,
    bytes: encode(`---\ntitle: ${prefix} ${f}\n---\n\n${Array.from({ length: perFile }, (_, n) => question(`${prefix}-${f}-${n}`, answer)).join("\n")}`),
  }));
}

const options = { policy: "as-given" as const, actorId: null };

describe("imports larger than one statement's parameters", () => {
  it("checks, applies, changes and archives 34,000 questions (more ids than PostgreSQL's 32,767 parameters)", async () => {
    const batch = sources("big", 17, 2_000);
    const parsed = await parseImport(batch);
    expect(parsed.errors).toEqual([]);
    const dryRun = await checkParsedImport(db, parsed, "as-given");
    expect(dryRun.errors).toEqual([]);
    expect(dryRun.plan?.counts.added).toBe(34_000);

    const applied = await applyParsedImport(db, parsed, { ...options, expectedFingerprint: dryRun.plan!.fingerprint });
    expect(applied).toMatchObject({ ok: true, summary: { created: 34_000 } });
    expect(await db.question.count({ where: { id: { startsWith: "big-" } } })).toBe(34_000);

    // Every answer changed, and the last question of each file gone: a version each, 17 archived.
    const changed = sources("big", 17, 2_000, "B.").map((source) => ({ ...source, bytes: encode(new TextDecoder().decode(source.bytes).replace(/\n## Question big-\d+-1999\?[\s\S]*$/, "\n")) }));
    const again = await applyParsedImport(db, await parseImport(changed), options);
    expect(again).toMatchObject({ ok: true, summary: { updated: 33_983, archived: 17 } });
    expect(await db.questionVersion.count({ where: { questionId: { startsWith: "big-" } } })).toBe(34_000 + 33_983);
  }, 600_000);
});
