import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { blank, MemoryStorage, Network, queueWorld, seedQueueWorld } from "../../tests/autosave-tabs";
import { createTestDatabase } from "../../tests/test-database";
import type { Viewer } from "../candidates/access";
import type { Database } from "../db-client";
import type { TargetValue } from "./autosave-queue";
import { OTHER_TAB_MARKER } from "./merge";
import type { QuestionScore } from "./schema";

// Tabs and devices editing one scorecard at once: every edit is merged three ways, never
// overwritten, against the real server logic (tests/autosave-tabs.ts).

let db: Database;
let interviewer: Viewer;
const { scorecardFixture, openTab, savedScore } = queueWorld(() => ({ db, interviewer }));

beforeAll(async () => {
  ({ prisma: db } = await createTestDatabase());
  interviewer = await seedQueueWorld(db);
});

describe("AutosaveQueue merging tabs", () => {
  it("merges two tabs editing the same question instead of letting either overwrite the other", async () => {
    const { scorecardId, keys } = await scorecardFixture();
    const network = new Network(db, interviewer.id, scorecardId);
    const first = await openTab(scorecardId, new MemoryStorage(), network);
    const second = await openTab(scorecardId, new MemoryStorage(), network);
    const remoteChanges: TargetValue[] = [];
    second.onRemoteChange((_key, value) => remoteChanges.push(value));

    first.update(keys[0], { ...blank, rating: 3, notes: "From the laptop", keyPointsCovered: [0] });
    expect(await first.flushNow()).toBe(true);
    second.update(keys[0], { ...blank, notes: "From the tablet", keyPointsCovered: [2] });
    expect(await second.flushNow()).toBe(true);

    const saved = await savedScore(scorecardId, keys[0]);
    // Both wrote into an empty field: both texts are kept, once each, the first saved first.
    expect(saved).toMatchObject({ rating: 3, keyPointsCovered: [0, 2], notes: "From the laptop\nFrom the tablet" });
    expect(second.getSnapshot().merges).toEqual([{ key: keys[0], fields: ["notes"], conflicts: [] }]);
    expect(remoteChanges).toHaveLength(1);
    first.stop();
    second.stop();
  });

  it("keeps both versions, between markers, only where two tabs changed the same line", async () => {
    const { scorecardId, keys } = await scorecardFixture();
    const network = new Network(db, interviewer.id, scorecardId);
    const setup = await openTab(scorecardId, new MemoryStorage(), network);
    setup.update(keys[0], { ...blank, notes: "Design: fine\nCaching: asked" });
    expect(await setup.flushNow()).toBe(true);
    setup.stop();
    const first = await openTab(scorecardId, new MemoryStorage(), network);
    const second = await openTab(scorecardId, new MemoryStorage(), network);
    first.update(keys[0], { ...blank, notes: "Design: fine\nCaching: LRU" });
    expect(await first.flushNow()).toBe(true);
    second.update(keys[0], { ...blank, notes: "Design: fine\nCaching: TTLs" });
    expect(await second.flushNow()).toBe(true);
    expect((await savedScore(scorecardId, keys[0])).notes).toBe(`Design: fine\nCaching: LRU\n${OTHER_TAB_MARKER}\nCaching: TTLs`);
    expect(second.getSnapshot().merges).toEqual([{ key: keys[0], fields: ["notes"], conflicts: ["notes"] }]);
    first.stop();
    second.stop();
  });

  it("three devices appending at once: each line is stored once, and the last to hear learns on its next save", async () => {
    const { scorecardId, keys } = await scorecardFixture();
    const network = new Network(db, interviewer.id, scorecardId);
    const setup = await openTab(scorecardId, new MemoryStorage(), network);
    setup.update(keys[0], { ...blank, notes: "Opening remarks" });
    expect(await setup.flushNow()).toBe(true);
    setup.stop();
    // Three devices (no shared channel), all opened on the same revision.
    const tabs = await Promise.all(["A", "B", "C"].map(() => openTab(scorecardId, new MemoryStorage(), network)));
    tabs.forEach((tab, i) => tab.update(keys[0], { ...blank, notes: `Opening remarks\nFrom ${"ABC"[i]}` }));
    expect(await Promise.all(tabs.map((tab) => tab.flushNow()))).toEqual([true, true, true]);

    const stored = (await savedScore(scorecardId, keys[0])).notes.split("\n");
    for (const line of ["Opening remarks", "From A", "From B", "From C"]) expect(stored.filter((item) => item === line)).toHaveLength(1);
    expect(stored).toHaveLength(4);
    // Whoever saved first was never told; its next save merges, and nothing is duplicated.
    const stale = tabs.find((tab) => tab.value<QuestionScore>(keys[0]).notes.split("\n").length < 4)!;
    expect(stale).toBeDefined();
    stale.update(keys[0], { ...blank, notes: `${stale.value<QuestionScore>(keys[0]).notes}\nLater` });
    expect(await stale.flushNow()).toBe(true);
    const after = (await savedScore(scorecardId, keys[0])).notes.split("\n");
    expect([...after].sort()).toEqual(["From A", "From B", "From C", "Later", "Opening remarks"]);
    expect(stale.value<QuestionScore>(keys[0]).notes.split("\n")).toEqual(after);
    for (const tab of tabs) tab.stop();
  });

  it("three tabs of one browser appending at once all end showing the same text, each told of the merge", async () => {
    const { scorecardId, keys } = await scorecardFixture();
    const network = new Network(db, interviewer.id, scorecardId);
    const channel = `test-${randomUUID()}`;
    const tabs = await Promise.all(["A", "B", "C"].map(() => openTab(scorecardId, new MemoryStorage(), network, randomUUID(), channel)));
    tabs.forEach((tab, i) => tab.update(keys[0], { ...blank, notes: `From ${"ABC"[i]}` }));
    await Promise.all(tabs.map((tab) => tab.flushNow()));

    const expected = async () => (await savedScore(scorecardId, keys[0])).notes;
    await expect.poll(async () => tabs.every((tab) => tab.getSnapshot().pending === 0)).toBe(true);
    const final = await expected();
    expect([...final.split("\n")].sort()).toEqual(["From A", "From B", "From C"]);
    for (const tab of tabs) {
      await expect.poll(() => tab.value<QuestionScore>(keys[0]).notes).toBe(final);
      expect(tab.getSnapshot().merges).toEqual([{ key: keys[0], fields: ["notes"], conflicts: [] }]);
    }
    for (const tab of tabs) tab.stop();
  });
});
