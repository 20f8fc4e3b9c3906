import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { makeQuestion, makeSet } from "../../tests/factories";
import { createTestDatabase } from "../../tests/test-database";
import type { Viewer } from "../candidates/access";
import { seedQuestionBank } from "../content/seed-question-bank";
import type { Database } from "../db-client";
import { createInterview, startInterview } from "../interviews/builder";
import { applyAutosave } from "./autosave";
import { AutosaveQueue, type SendResult, type TargetKey, type TargetValue } from "./autosave-queue";
import { forgetSavedCopies, STORAGE_PREFIX, type StorageLike } from "./autosave-storage";
import { OTHER_TAB_MARKER } from "./merge";
import { savedChannel } from "./saved-channel";
import type { AutosaveWrite, QuestionScore } from "./schema";
import { openScorecard } from "./scorecards";

// The queue runs against the real server logic (applyAutosave on PostgreSQL); only the network
// between them is simulated, so it can drop, delay and duplicate requests.

class MemoryStorage implements StorageLike {
  private readonly map = new Map<string, string>();
  get length() {
    return this.map.size;
  }
  key(index: number) {
    return [...this.map.keys()][index] ?? null;
  }
  getItem(key: string) {
    return this.map.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    this.map.set(key, value);
  }
  removeItem(key: string) {
    this.map.delete(key);
  }
}

class Network {
  online = true;
  sent: AutosaveWrite[] = [];
  constructor(
    private readonly db: Database,
    private readonly interviewerId: string,
    private readonly scorecardId: string,
  ) {}
  send = async (write: AutosaveWrite): Promise<SendResult> => {
    this.sent.push(write);
    if (!this.online) return { status: "network-error" };
    return applyAutosave(this.db, { id: this.interviewerId, sessionVersion: 0 }, this.scorecardId, write);
  };
}

let db: Database;
let interviewer: Viewer;
const blank: QuestionScore = { rating: null, notes: "", keyPointsCovered: [], redFlagsRaised: [], elapsedSeconds: 0 };

async function scorecardFixture() {
  const recruiter = await db.user.create({ data: { email: `r-${randomUUID()}@test.dev`, role: "RECRUITER" }, select: { id: true, role: true } });
  const candidateId = (await db.candidate.create({ data: { name: "Casey" } })).id;
  const created = await createInterview(db, recruiter, { candidateId, title: "Screen", panel: [interviewer.id], fromSet: "queue-set" });
  if (!created.ok) throw new Error(created.message);
  await startInterview(db, recruiter, created.value);
  const opened = await openScorecard(db, interviewer, created.value);
  if (!opened.ok) throw new Error(opened.message);
  const questionIds = (await db.sessionQuestion.findMany({ where: { sessionId: created.value }, orderBy: { position: "asc" }, select: { id: true } })).map((q) => q.id);
  return { scorecardId: opened.value, keys: questionIds.map((id) => `q:${id}` as TargetKey) as [TargetKey, TargetKey] };
}

/** What a page load gives the queue: the server's current values and revisions. */
async function serverState(scorecardId: string) {
  const card = await db.scorecard.findUniqueOrThrow({ where: { id: scorecardId }, include: { scores: true } });
  const server: Record<TargetKey, { revision: number; value: TargetValue }> = {
    summary: { revision: card.revision, value: { summary: card.summary, recommendation: card.recommendation } },
  };
  for (const score of card.scores) {
    const { rating, notes, keyPointsCovered, redFlagsRaised, elapsedSeconds } = score;
    server[`q:${score.sessionQuestionId}`] = { revision: score.revision, value: { rating, notes, keyPointsCovered, redFlagsRaised, elapsedSeconds } };
  }
  return server;
}

async function openTab(scorecardId: string, storage: StorageLike, network: Network, tabId: string = randomUUID(), channelName?: string) {
  const channel = channelName ? savedChannel(channelName) : null;
  const queue = new AutosaveQueue({ scorecardId, tabId, server: await serverState(scorecardId), storage, send: network.send, newWriteId: randomUUID, debounceMs: 5, retryMs: { first: 10, max: 40 }, channel: channel ?? undefined });
  const stop = queue.stop.bind(queue);
  queue.stop = () => {
    stop();
    channel?.close();
  };
  return queue;
}

function storedNotes(storage: StorageLike, key: TargetKey) {
  for (let i = 0; i < storage.length; i++) {
    const record = JSON.parse(storage.getItem(storage.key(i)!)!) as { entries: Record<string, { local: QuestionScore }> };
    if (record.entries[key]) return record.entries[key].local.notes;
  }
  return null;
}

const savedScore = (scorecardId: string, key: TargetKey) => db.score.findFirstOrThrow({ where: { scorecardId, sessionQuestionId: key.slice(2) } });

beforeAll(async () => {
  ({ prisma: db } = await createTestDatabase());
  interviewer = await db.user.create({ data: { email: "ivy@test.dev", role: "INTERVIEWER" }, select: { id: true, role: true } });
  await seedQuestionBank(db, [makeSet({ slug: "queue-set", questions: [makeQuestion({ id: "q-1" }), makeQuestion({ id: "q-2" })] })]);
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
    const tab = new AutosaveQueue({ scorecardId, tabId: "t", server: await serverState(scorecardId), storage: new MemoryStorage(), send, newWriteId: randomUUID, debounceMs: 5, retryMs: { first: 10, max: 40 } });
    tab.update(keys[0], { ...blank, rating: 2, notes: "During the outage" });
    await expect.poll(() => sent.length).toBeGreaterThanOrEqual(2);
    expect(tab.getSnapshot()).toMatchObject({ status: "retrying", message: expect.stringContaining("kept on this device") });
    expect(new Set(sent.map((write) => write.writeId)).size).toBe(1);
    databaseDown = false;
    await expect.poll(() => tab.getSnapshot().status).toBe("saved");
    expect(await savedScore(scorecardId, keys[0])).toMatchObject({ rating: 2, notes: "During the outage", revision: 1 });
    tab.stop();
  });

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

  it("on a refusal, says why, stops sending, and keeps the edits on the device", async () => {
    const { scorecardId, keys } = await scorecardFixture();
    const storage = new MemoryStorage();
    const sent: AutosaveWrite[] = [];
    const send = async (write: AutosaveWrite): Promise<SendResult> => {
      sent.push(write);
      return { status: "rejected", message: "Not saved: this page was opened at an address the server does not accept." };
    };
    const tab = new AutosaveQueue({ scorecardId, tabId: "t", server: await serverState(scorecardId), storage, send, newWriteId: randomUUID, debounceMs: 5, retryMs: { first: 10, max: 40 } });
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
    const tab = new AutosaveQueue({ scorecardId, tabId: "t", server: await serverState(scorecardId), storage: new MemoryStorage(), send, newWriteId: randomUUID, debounceMs: 5, retryMs: { first: 10, max: 40 } });
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
