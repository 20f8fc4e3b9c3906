// What the autosave queue keeps in localStorage: one record per tab of a scorecard, holding every
// target's base (revision and value) and this tab's value, so a reload, a crash or another tab can
// pick up what was not saved.
import { type ListableStorage, readJson, sameJson as same } from "@/lib/offline/sender";
import type { TargetKey, TargetValue } from "./autosave-queue";

export const STORAGE_PREFIX = "interview-bank:autosave:";

export type StorageLike = ListableStorage;

export interface StoredRecord {
  savedAt: number;
  entries: Partial<Record<TargetKey, { baseRevision: number; baseValue: TargetValue; local: TargetValue }>>;
}

/** The storage keys of every tab's record of this scorecard. */
export function recordKeys(storage: StorageLike, scorecardId: string) {
  const prefix = `${STORAGE_PREFIX}${scorecardId}:`;
  const keys: string[] = [];
  for (let index = 0; index < storage.length; index++) {
    const key = storage.key(index);
    if (key?.startsWith(prefix)) keys.push(key);
  }
  return keys;
}

export function readRecord(raw: string | null): StoredRecord | null {
  return (readJson(raw) as StoredRecord | undefined) ?? null;
}

/**
 * Deletes what this device keeps of a scorecard once it is submitted, unless something there was
 * never saved (then it stays, so a reopened scorecard can still pick it up).
 */
export function forgetSavedCopies(storage: StorageLike, scorecardId: string) {
  for (const key of recordKeys(storage, scorecardId)) {
    const record = readRecord(storage.getItem(key));
    const unsaved = Object.values(record?.entries ?? {}).some((entry) => entry && !same(entry.local, entry.baseValue));
    if (!unsaved) storage.removeItem(key);
  }
}
