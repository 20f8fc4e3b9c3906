import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { blank, MemoryStorage, Network, queueWorld, seedQueueWorld, storedNotes } from "../../tests/autosave-tabs";
import { createTestDatabase } from "../../tests/test-database";
import type { Viewer } from "../candidates/access";
import type { Database } from "../db-client";
import { applyAutosave } from "./autosave";
import { AutosaveQueue, type SendResult } from "./autosave-queue";
import { forgetSavedCopies, STORAGE_PREFIX } from "./autosave-storage";
import type { AutosaveWrite, QuestionScore } from "./schema";

// The queue runs against the real server logic (applyAutosave on PostgreSQL); only the network
// between them is simulated, so it can drop, delay and duplicate requests (tests/autosave-tabs.ts).
// Tabs merging each other's edits: autosave-merge.test.ts.

let db: Database;
let interviewer: Viewer;
const { scorecardFixture, serverState, openTab, savedScore } = queueWorld(() => ({ db, interviewer }));

beforeAll(async () => {
  ({ prisma: db } = await createTestDatabase());
  interviewer = await seedQueueWorld(db);
});

describe("AutosaveQueue", () => {
  it("keeps every edit in storage at once and saves only the latest after the debounce", async () => {
    const { scorecardId, keys } = await scorecardFixture();
    const storage = new MemoryStorage();
    const network = new Network(db, interviewer.id, scorecardId);
    const tab = await openTab(scorecardId, storage, network);
    for (const notes of ["C", "Ca", "Can", "Canary"]) tab.update(keys[0], { ...blank, notes });
    expect(storedNotes(storage, keys[0])).toBe("Canary");
    expect(tab.getSnapshot().status).toBe("saving");
    expect(await tab.flushNow()).toBe(true);
    expect(network.sent.map((write) => (write.value as QuestionScore).notes)).toEqual(["Canary"]);
    expect((await savedScore(scorecardId, keys[0])).notes).toBe("Canary");
    expect(tab.getSnapshot().status).toBe("saved");
    tab.stop();
  });

  it("goes offline, keeps typing, survives a reload while offline, and saves everything once back", async () => {
    const { scorecardId, keys } = await scorecardFixture();
    const storage = new MemoryStorage();
    const network = new Network(db, interviewer.id, scorecardId);
    const tab = await openTab(scorecardId, storage, network, "tab-a");
    tab.update(keys[0], { ...blank, rating: 3 });
    expect(await tab.flushNow()).toBe(true);

    network.online = false;
    tab.update(keys[0], { ...blank, rating: 3, notes: "Explained blue/green" });
    tab.update(keys[1], { ...blank, rating: 2 });
    expect(await tab.flushNow()).toBe(false);
    expect(tab.getSnapshot().status).toBe("offline");
    tab.stop(); // the tab is reloaded (or closed) while still offline

    const reloaded = await openTab(scorecardId, storage, network, "tab-a");
    expect(reloaded.value<QuestionScore>(keys[0]).notes).toBe("Explained blue/green");
    network.online = true;
    expect(await reloaded.flushNow()).toBe(true);
    expect(await savedScore(scorecardId, keys[0])).toMatchObject({ rating: 3, notes: "Explained blue/green" });
    expect((await savedScore(scorecardId, keys[1])).rating).toBe(2);
    reloaded.stop();
  });

  it("retries on its own with backoff until the server answers again", async () => {
    const { scorecardId, keys } = await scorecardFixture();
    const network = new Network(db, interviewer.id, scorecardId);
    network.online = false;
    const tab = await openTab(scorecardId, new MemoryStorage(), network);
    tab.update(keys[0], { ...blank, rating: 4 });
    await expect.poll(() => network.sent.length).toBeGreaterThanOrEqual(3);
    network.online = true;
    await expect.poll(async () => (await savedScore(scorecardId, keys[0])).rating).toBe(4);
    await expect.poll(() => tab.getSnapshot().status).toBe("saved");
    tab.stop();
  });

  it("says it is retrying, not offline, while the server cannot save, then saves each edit once", async () => {
    const { scorecardId, keys } = await scorecardFixture();
    let databaseDown = true;
    const sent: AutosaveWrite[] = [];
    const send = async (write: AutosaveWrite): Promise<SendResult> => {
      sent.push(write);
      return databaseDown ? { status: "unavailable" } : applyAutosave(db, { id: interviewer.id, sessionVersion: 0 }, scorecardId, write);
    };
    const tab = new AutosaveQueue({
      scorecardId,
      tabId: "t",
      server: await serverState(scorecardId),
      storage: new MemoryStorage(),
      send,
      newWriteId: randomUUID,
      debounceMs: 5,
      retryMs: { first: 10, max: 40 },
    });
    tab.update(keys[0], { ...blank, rating: 2, notes: "During the outage" });
    await expect.poll(() => sent.length).toBeGreaterThanOrEqual(2);
    expect(tab.getSnapshot()).toMatchObject({ status: "retrying", message: expect.stringContaining("kept on this device") });
    expect(new Set(sent.map((write) => write.writeId)).size).toBe(1);
    databaseDown = false;
    await expect.poll(() => tab.getSnapshot().status).toBe("saved");
    expect(await savedScore(scorecardId, keys[0])).toMatchObject({ rating: 2, notes: "During the outage", revision: 1 });
    tab.stop();
  });

  it("on a refusal, says why, stops sending, and keeps the edits on the device", async () => {
    const { scorecardId, keys } = await scorecardFixture();
    const storage = new MemoryStorage();
    const sent: AutosaveWrite[] = [];
    const send = async (write: AutosaveWrite): Promise<SendResult> => {
      sent.push(write);
      return { status: "rejected", message: "Not saved: this page was opened at an address the server does not accept." };
    };
    const tab = new AutosaveQueue({
      scorecardId,
      tabId: "t",
      server: await serverState(scorecardId),
      storage,
      send,
      newWriteId: randomUUID,
      debounceMs: 5,
      retryMs: { first: 10, max: 40 },
    });
    tab.update(keys[0], { ...blank, rating: 3, notes: "Refused note" });
    expect(await tab.flushNow()).toBe(false);
    expect(tab.getSnapshot()).toMatchObject({ status: "error", message: expect.stringContaining("does not accept") });
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(sent).toHaveLength(1);
    expect(tab.unsaved()).toEqual([keys[0]]);
    expect(storedNotes(storage, keys[0])).toBe("Refused note");
    tab.stop();
    // A reload finds them, and the (now accepting) server gets them.
    const reloaded = await openTab(scorecardId, storage, new Network(db, interviewer.id, scorecardId), "t");
    expect(await reloaded.flushNow()).toBe(true);
    expect(await savedScore(scorecardId, keys[0])).toMatchObject({ rating: 3, notes: "Refused note" });
    reloaded.stop();
  });

  it("adopts the unsaved edits of a tab that was closed before it could save", async () => {
    const { scorecardId, keys } = await scorecardFixture();
    const storage = new MemoryStorage();
    const network = new Network(db, interviewer.id, scorecardId);
    network.online = false;
    const closed = await openTab(scorecardId, storage, network, "closed-tab");
    closed.update(keys[1], { ...blank, notes: "Typed just before closing" });
    closed.stop();
    network.online = true;

    const next = await openTab(scorecardId, storage, network, "new-tab");
    expect(await next.flushNow()).toBe(true);
    expect((await savedScore(scorecardId, keys[1])).notes).toBe("Typed just before closing");
    // The closed tab's record is taken over: only the new tab's own remains.
    const records = [...Array(storage.length).keys()].map((i) => storage.key(i)).filter((key) => key?.startsWith(STORAGE_PREFIX));
    expect(records).toEqual([`${STORAGE_PREFIX}${scorecardId}:new-tab`]);
    next.stop();
  });

  it("prefers what this device last saw over an older page from the offline cache", async () => {
    const { scorecardId, keys } = await scorecardFixture();
    const storage = new MemoryStorage();
    const network = new Network(db, interviewer.id, scorecardId);
    const stalePage = await serverState(scorecardId); // what the service worker cached at first load
    const tab = await openTab(scorecardId, storage, network, "tab");
    tab.update(keys[0], { ...blank, rating: 4, notes: "Saved before going offline" });
    expect(await tab.flushNow()).toBe(true);
    tab.stop();

    network.online = false;
    const offlineReload = new AutosaveQueue({ scorecardId, tabId: "tab", server: stalePage, storage, send: network.send, newWriteId: randomUUID, debounceMs: 5 });
    expect(offlineReload.value<QuestionScore>(keys[0])).toMatchObject({ rating: 4, notes: "Saved before going offline" });
    expect(offlineReload.getSnapshot().pending).toBe(0);
    offlineReload.stop();
  });

  it("treats a lost acknowledgement as saved when the retry arrives (idempotent write ids)", async () => {
    const { scorecardId, keys } = await scorecardFixture();
    let dropNextResponse = true;
    const sent: AutosaveWrite[] = [];
    const send = async (write: AutosaveWrite): Promise<SendResult> => {
      sent.push(write);
      const result = await applyAutosave(db, { id: interviewer.id, sessionVersion: 0 }, scorecardId, write);
      if (dropNextResponse) {
        dropNextResponse = false;
        return { status: "network-error" }; // applied on the server, but the answer never arrived
      }
      return result;
    };
    const tab = new AutosaveQueue({
      scorecardId,
      tabId: "t",
      server: await serverState(scorecardId),
      storage: new MemoryStorage(),
      send,
      newWriteId: randomUUID,
      debounceMs: 5,
      retryMs: { first: 10, max: 40 },
    });
    tab.update(keys[0], { ...blank, rating: 2 });
    await expect.poll(() => tab.getSnapshot().status).toBe("saved");
    expect(sent).toHaveLength(2);
    expect(sent[1]?.writeId).toBe(sent[0]?.writeId);
    expect((await savedScore(scorecardId, keys[0])).revision).toBe(1);
    tab.stop();
  });

  it("forgets its copy of a submitted scorecard, but never an edit that was not saved", async () => {
    const { scorecardId, keys } = await scorecardFixture();
    const storage = new MemoryStorage();
    const network = new Network(db, interviewer.id, scorecardId);
    const saved = await openTab(scorecardId, storage, network, "saved-tab");
    saved.update(keys[0], { ...blank, rating: 3 });
    expect(await saved.flushNow()).toBe(true);
    saved.stop();
    network.online = false;
    const unsaved = await openTab(scorecardId, storage, network, "unsaved-tab");
    unsaved.update(keys[1], { ...blank, notes: "never reached the server" });
    unsaved.stop();

    forgetSavedCopies(storage, scorecardId);
    expect(storage.length).toBe(1);
    expect(storedNotes(storage, keys[1])).toBe("never reached the server");

    network.online = true;
    const later = await openTab(scorecardId, storage, network, "later-tab");
    expect(await later.flushNow()).toBe(true);
    later.stop();
    forgetSavedCopies(storage, scorecardId);
    expect(storage.length).toBe(0);
  });
});
