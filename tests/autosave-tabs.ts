// The autosave queue's test world: a real PostgreSQL with one interviewer and a two-question set,
// scorecards to write to through the real server logic (applyAutosave), and tabs whose storage
// and network are simulated so the network can drop, delay and duplicate requests.
import { randomUUID } from "node:crypto";
import type { Viewer } from "../lib/candidates/access";
import { seedQuestionBank } from "../lib/content/seed-question-bank";
import type { Database } from "../lib/db-client";
import { createInterview, startInterview } from "../lib/interviews/builder";
import { applyAutosave } from "../lib/scoring/autosave";
import { AutosaveQueue, type SendResult, type TargetKey, type TargetValue } from "../lib/scoring/autosave-queue";
import type { StorageLike } from "../lib/scoring/autosave-storage";
import { savedChannel } from "../lib/scoring/saved-channel";
import type { AutosaveWrite, QuestionScore } from "../lib/scoring/schema";
import { openScorecard } from "../lib/scoring/scorecards";
import { makeQuestion, makeSet } from "./factories";

export class MemoryStorage implements StorageLike {
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

export class Network {
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

export const blank: QuestionScore = { rating: null, notes: "", keyPointsCovered: [], redFlagsRaised: [], elapsedSeconds: 0 };

/** The interviewer and the set every scorecard of these tests uses. */
export async function seedQueueWorld(db: Database): Promise<Viewer> {
  const interviewer = await db.user.create({ data: { email: "ivy@test.dev", role: "INTERVIEWER" }, select: { id: true, role: true } });
  await seedQuestionBank(db, [makeSet({ slug: "queue-set", questions: [makeQuestion({ id: "q-1" }), makeQuestion({ id: "q-2" })] })]);
  return interviewer;
}

export function storedNotes(storage: StorageLike, key: TargetKey) {
  for (let i = 0; i < storage.length; i++) {
    const record = JSON.parse(storage.getItem(storage.key(i)!)!) as { entries: Record<string, { local: QuestionScore }> };
    if (record.entries[key]) return record.entries[key].local.notes;
  }
  return null;
}

/** The helpers that need the database, reading it (set up in beforeAll) when called. */
export function queueWorld(world: () => { db: Database; interviewer: Viewer }) {
  async function scorecardFixture() {
    const { db, interviewer } = world();
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
    const { db } = world();
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
    const queue = new AutosaveQueue({
      scorecardId,
      tabId,
      server: await serverState(scorecardId),
      storage,
      send: network.send,
      newWriteId: randomUUID,
      debounceMs: 5,
      retryMs: { first: 10, max: 40 },
      channel: channel ?? undefined,
    });
    const stop = queue.stop.bind(queue);
    queue.stop = () => {
      stop();
      channel?.close();
    };
    return queue;
  }

  const savedScore = (scorecardId: string, key: TargetKey) => world().db.score.findFirstOrThrow({ where: { scorecardId, sessionQuestionId: key.slice(2) } });

  return { scorecardFixture, serverState, openTab, savedScore };
}
