// The "wrote nothing" proof of the authorization matrix (tests/database-digest.ts) must see every
// kind of write, including those a content hash would miss, and no reads.
import { beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../lib/db-client";
import { changedTables, databaseDigest } from "./database-digest";
import { createTestDatabase } from "./test-database";

let db: Database;

beforeAll(async () => {
  ({ prisma: db } = await createTestDatabase());
  await db.$executeRaw`INSERT INTO "Tag" ("id", "name") VALUES ('digest-a', 'digest a'), ('digest-b', 'digest b')`;
});

/** What `write` changed, table by table. */
async function changedBy(write: () => Promise<unknown>) {
  const before = await databaseDigest(db);
  await write();
  return changedTables(before, await databaseDigest(db));
}

describe("the database digest", () => {
  it("sees nothing in reads, row locks or a write that was rolled back", async () => {
    expect(await changedBy(() => db.tag.findMany())).toEqual([]);
    expect(await changedBy(() => db.$transaction((tx) => tx.$queryRaw`SELECT * FROM "Tag" FOR UPDATE`))).toEqual([]);
    const rolledBack = () =>
      db
        .$transaction(async (tx) => {
          await tx.$executeRaw`INSERT INTO "Tag" ("id", "name") VALUES ('digest-gone', 'gone')`;
          throw new Error("rolled back");
        })
        .catch(() => null);
    expect(await changedBy(rolledBack)).toEqual([]);
  });

  it("sees an insert, an update, an update to the same values, a delete, and a delete with an insert", async () => {
    expect(await changedBy(() => db.$executeRaw`INSERT INTO "Tag" ("id", "name") VALUES ('digest-c', 'digest c')`)).toEqual(["Tag"]);
    expect(await changedBy(() => db.$executeRaw`UPDATE "Tag" SET "name" = 'digest c2' WHERE "id" = 'digest-c'`)).toEqual(["Tag"]);
    expect(await changedBy(() => db.$executeRaw`UPDATE "Tag" SET "name" = "name" WHERE "id" = 'digest-a'`)).toEqual(["Tag"]);
    expect(await changedBy(() => db.$executeRaw`DELETE FROM "Tag" WHERE "id" = 'digest-c'`)).toEqual(["Tag"]);
    // The count stays the same; the new row's version is newer than any before it.
    expect(
      await changedBy(() =>
        db.$transaction([db.$executeRaw`DELETE FROM "Tag" WHERE "id" = 'digest-b'`, db.$executeRaw`INSERT INTO "Tag" ("id", "name") VALUES ('digest-d', 'digest d')`]),
      ),
    ).toEqual(["Tag"]);
    // Deleting the newest row and updating an older one: the count drops, the newest version moves.
    expect(
      await changedBy(() =>
        db.$transaction([db.$executeRaw`DELETE FROM "Tag" WHERE "id" = 'digest-d'`, db.$executeRaw`UPDATE "Tag" SET "name" = 'digest a2' WHERE "id" = 'digest-a'`]),
      ),
    ).toEqual(["Tag"]);
  });
});
