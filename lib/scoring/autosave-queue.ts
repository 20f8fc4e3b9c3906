// The browser side of autosave: every change is written to local storage at once (so closing the
// tab or a crash loses nothing typed), then sent after a short debounce. Per target there is at
// most one request in flight, so writes stay in order; each names the revision it was based on,
// and a conflict (another tab or device saved first) is merged three-way and sent again.
// Failed sends are retried with backoff until they succeed; a refusal stops sending and says why,
// and the edits stay stored (both as the practice outbox does: lib/offline/sender.ts). Every save
// is announced to the other tabs of this browser (a BroadcastChannel, see saved-channel.ts), which
// merge it at once. No React or DOM in here, so it is tested with the real server logic in
// autosave-queue.test.ts.
import { NOT_KEPT_LOCALLY, OfflineSender, sameJson as same, type SendFailure, type SenderSnapshot, type SenderStatus } from "@/lib/offline/sender";
import { mergeQuestionScore, mergeSummaryDraft } from "./merge";
import { readRecord, recordKeys, type StorageLike, type StoredRecord, STORAGE_PREFIX } from "./autosave-storage";
import type { SavedChannel, SavedMessage } from "./saved-channel";
import type { AutosaveResult, AutosaveWrite, QuestionScore, SummaryDraft } from "./schema";

export type TargetKey = `q:${string}` | "summary";
export type TargetValue = QuestionScore | SummaryDraft;

export type SendResult = AutosaveResult | SendFailure;

export type SaveStatus = SenderStatus;

export interface QueueOptions {
  scorecardId: string;
  /** Distinguishes this tab's stored record from other tabs' (see adoptStoredRecords). */
  tabId: string;
  server: Record<TargetKey, { revision: number; value: TargetValue }>;
  storage: StorageLike;
  send: (write: AutosaveWrite) => Promise<SendResult>;
  newWriteId: () => string;
  debounceMs?: number;
  retryMs?: { first: number; max: number };
  /** Tells the other tabs of this browser about each save, and hears theirs. */
  channel?: SavedChannel;
}

interface TargetState {
  baseRevision: number;
  baseValue: TargetValue;
  local: TargetValue;
  inFlight: boolean;
  /** Kept while the same value is retried, so a replay of an applied write is recognised. */
  writeId: string | null;
  writeIdValue: TargetValue | null;
  /** `local` came from a merge with another tab's save that had conflicting lines. */
  mergedConflict: boolean;
}

/** Another tab's (or device's) edits came into what this tab shows. */
export interface MergeNotice {
  key: TargetKey;
  /** Text fields (notes, summary) whose shown text changed. */
  fields: string[];
  /** Fields both sides changed differently: texts hold both versions between markers. */
  conflicts: string[];
}

export interface QueueSnapshot extends SenderSnapshot {
  /** Merges with other tabs' edits since the page loaded or the user dismissed them, newest last. */
  merges: MergeNotice[];
}

export class AutosaveQueue extends OfflineSender<QueueSnapshot> {
  private readonly targets = new Map<TargetKey, TargetState>();
  private readonly remoteListeners = new Set<(key: TargetKey, value: TargetValue) => void>();
  private debounceTimer: ReturnType<typeof setTimeout> | null = null;
  private merges: MergeNotice[] = [];
  private stopListening: (() => void) | null = null;

  constructor(private readonly options: QueueOptions) {
    super({ retryMs: options.retryMs, what: "edits", signedOutTail: " (or copy or download them from here)" });
    for (const [key, { revision, value }] of Object.entries(options.server) as [TargetKey, { revision: number; value: TargetValue }][]) {
      this.targets.set(key, { baseRevision: revision, baseValue: value, local: value, inFlight: false, writeId: null, writeIdValue: null, mergedConflict: false });
    }
    this.adoptStoredRecords();
    this.getSnapshot();
    this.persist();
    this.stopListening = options.channel?.listen((message) => this.receive(message)) ?? null;
    this.flush();
  }

  /** The value the page should show for a target (local edits included). */
  value<T extends TargetValue>(key: TargetKey): T {
    const target = this.targets.get(key);
    if (!target) throw new Error(`Unknown autosave target ${key}`);
    return target.local as T;
  }

  update(key: TargetKey, value: TargetValue) {
    const target = this.targets.get(key);
    if (!target || this.failure === "read-only") return;
    target.local = value;
    this.persist();
    this.changed();
    if (this.debounceTimer) clearTimeout(this.debounceTimer);
    this.debounceTimer = setTimeout(() => {
      this.debounceTimer = null;
      this.flush();
    }, this.options.debounceMs ?? 600);
  }

  /** Sends everything now and resolves true once all is saved, false if that is not possible now. */
  async flushNow(): Promise<boolean> {
    if (this.debounceTimer) clearTimeout(this.debounceTimer);
    this.debounceTimer = null;
    this.resetBackoff();
    this.failure = this.failure === "read-only" ? "read-only" : null;
    this.flush();
    await this.whenSettled();
    return this.pendingCount() === 0;
  }

  /** Called when a merge changed what the page shows (another tab's edits came in). */
  onRemoteChange(listener: (key: TargetKey, value: TargetValue) => void) {
    this.remoteListeners.add(listener);
    return () => this.remoteListeners.delete(listener);
  }

  dismissMerges(key?: TargetKey) {
    this.merges = key ? this.merges.filter((notice) => notice.key !== key) : [];
    this.changed();
  }

  /** Every target whose shown value the server has not confirmed, for keeping a copy elsewhere. */
  unsaved(): TargetKey[] {
    return [...this.targets].filter(([, target]) => target.inFlight || !same(target.local, target.baseValue)).map(([key]) => key);
  }

  override stop() {
    super.stop();
    this.stopListening?.();
    if (this.debounceTimer) clearTimeout(this.debounceTimer);
  }

  protected pendingCount() {
    let count = 0;
    for (const target of this.targets.values()) if (target.inFlight || !same(target.local, target.baseValue)) count++;
    return count;
  }

  protected inFlight() {
    return [...this.targets.values()].some((target) => target.inFlight);
  }

  protected describe(base: SenderSnapshot): QueueSnapshot {
    return { ...base, merges: this.merges };
  }

  protected flush() {
    if (this.stopped || this.failure === "read-only") return;
    for (const [key, target] of this.targets) {
      if (!target.inFlight && !same(target.local, target.baseValue)) void this.sendTarget(key, target);
    }
    this.changed();
  }

  private async sendTarget(key: TargetKey, target: TargetState) {
    const value = target.local;
    if (!target.writeId || !same(target.writeIdValue, value)) {
      target.writeId = this.options.newWriteId();
      target.writeIdValue = value;
    }
    target.inFlight = true;
    const write = this.writeFor(key, target.writeId, target.baseRevision, value);
    let result: SendResult;
    try {
      result = await this.options.send(write);
    } catch {
      result = { status: "network-error" };
    }
    target.inFlight = false;
    this.apply(key, target, value, result);
    this.persist();
    this.changed();
    if (this.stopped) return;
    if (result.status === "saved" || result.status === "conflict") this.flush();
  }

  private apply(key: TargetKey, target: TargetState, sent: TargetValue, result: SendResult) {
    switch (result.status) {
      case "saved":
        target.baseRevision = result.revision;
        target.baseValue = sent;
        target.writeId = null;
        this.options.channel?.post({ scorecardId: this.options.scorecardId, key, revision: result.revision, value: sent, conflict: target.mergedConflict });
        if (same(sent, target.local)) target.mergedConflict = false;
        this.recovered("retryable");
        return;
      case "conflict":
        this.mergeIn(key, target, result.revision, result.value, false);
        this.recovered("retryable");
        return;
      case "read-only":
        this.fail("read-only", "This scorecard has been submitted, so it can no longer change. Unsaved edits are kept on this device: copy or download them from here.");
        return;
      case "not-found":
        this.fail("error", "Not saved: this scorecard is no longer yours to edit. Your edits are kept on this device: copy or download them from here.");
        return;
      default:
        this.failed(result);
    }
  }

  /**
   * Another tab or device saved `value` as `revision`: it becomes this target's base, and this
   * tab's unsaved edits (if any) are merged onto it three ways and sent again on the new revision.
   */
  private mergeIn(key: TargetKey, target: TargetState, revision: number, value: TargetValue, theirConflict: boolean) {
    const before = target.local;
    const merged = same(target.local, target.baseValue) ? { value, conflicts: [], merged: [] } : this.merge(key, target.baseValue, target.local, value);
    target.baseRevision = revision;
    target.baseValue = value;
    target.writeId = null;
    if (merged.conflicts.length > 0) target.mergedConflict = true;
    if (same(merged.value, before)) return;
    target.local = merged.value;
    for (const listener of this.remoteListeners) listener(key, merged.value);
    const fields = textFields(key).filter((field) => textOf(before, field) !== textOf(merged.value, field));
    const conflicts = [...merged.conflicts, ...(theirConflict ? fields : [])];
    if (fields.length > 0 || conflicts.length > 0) {
      this.merges = [...this.merges.filter((notice) => notice.key !== key), { key, fields, conflicts: [...new Set(conflicts)] }];
    }
  }

  /** Another tab of this browser saved: take it now rather than learn it from a 409 later. */
  private receive(message: SavedMessage) {
    if (this.stopped || message.scorecardId !== this.options.scorecardId) return;
    const target = this.targets.get(message.key);
    // While a write is in flight its answer (saved, or a 409 with the newest value) decides.
    if (!target || target.inFlight || message.revision <= target.baseRevision) return;
    this.mergeIn(message.key, target, message.revision, message.value, message.conflict);
    this.persist();
    this.changed();
    this.flush();
  }

  private writeFor(key: TargetKey, writeId: string, baseRevision: number, value: TargetValue): AutosaveWrite {
    if (key === "summary") return { target: "summary", writeId, baseRevision, value: value as SummaryDraft };
    return { target: "question", sessionQuestionId: key.slice(2), writeId, baseRevision, value: value as QuestionScore };
  }

  private merge(key: TargetKey, base: TargetValue, mine: TargetValue, theirs: TargetValue) {
    return key === "summary"
      ? mergeSummaryDraft(base as SummaryDraft, mine as SummaryDraft, theirs as SummaryDraft)
      : mergeQuestionScore(base as QuestionScore, mine as QuestionScore, theirs as QuestionScore);
  }

  private get storageKey() {
    return `${STORAGE_PREFIX}${this.options.scorecardId}:${this.options.tabId}`;
  }

  /**
   * Takes over what any tab of this scorecard left in storage (this tab before a reload, or a tab
   * that was closed before it could save): each stored edit is merged onto what the server has,
   * then that record is deleted because this tab now stores and sends it.
   */
  private adoptStoredRecords() {
    for (const storageKey of recordKeys(this.options.storage, this.options.scorecardId)) {
      const record = readRecord(this.options.storage.getItem(storageKey));
      for (const [key, entry] of Object.entries(record?.entries ?? {}) as [TargetKey, StoredRecord["entries"][TargetKey]][]) {
        const target = this.targets.get(key);
        if (!target || !entry) continue;
        if (entry.baseRevision > target.baseRevision) {
          // The page came from the offline cache and is older than what this device last saw.
          Object.assign(target, { baseRevision: entry.baseRevision, baseValue: entry.baseValue, local: entry.local });
          continue;
        }
        const merged = this.merge(key, entry.baseValue, entry.local, target.local);
        target.local = merged.value;
        if (merged.conflicts.length > 0) this.merges.push({ key, fields: merged.merged, conflicts: merged.conflicts });
      }
      if (storageKey !== this.storageKey) this.options.storage.removeItem(storageKey);
    }
  }

  /**
   * Stores every target, saved ones too: a page reloaded offline comes from the service worker's
   * cache and may be older than what this device has since saved, so the newest known base wins.
   */
  private persist() {
    const entries: StoredRecord["entries"] = {};
    for (const [key, target] of this.targets) entries[key] = { baseRevision: target.baseRevision, baseValue: target.baseValue, local: target.local };
    const record = JSON.stringify({ savedAt: Date.now(), entries } satisfies StoredRecord);
    // Storage full or disabled (private mode): the edit is still in memory and being sent.
    if (!this.keptLocally(() => this.options.storage.setItem(this.storageKey, record))) this.message ??= NOT_KEPT_LOCALLY;
  }
}

const textFields = (key: TargetKey) => (key === "summary" ? ["summary"] : ["notes"]);
const textOf = (value: TargetValue, field: string) => (value as unknown as Record<string, string>)[field];
