import { describe, expect, it } from "vitest";
import { clearLocalPractice, GUEST_HISTORY_KEY, OUTBOX_PREFIX, SAVED_AT_PREFIX, type ListableStorage } from "./outbox";

function memoryStorage(entries: Record<string, string>): ListableStorage & { keys: () => string[] } {
  const map = new Map(Object.entries(entries));
  return {
    get length() {
      return map.size;
    },
    key: (index) => [...map.keys()][index] ?? null,
    getItem: (key) => map.get(key) ?? null,
    setItem: (key, value) => void map.set(key, value),
    removeItem: (key) => void map.delete(key),
    keys: () => [...map.keys()].sort(),
  };
}

describe("clearing practice kept in this browser", () => {
  const entries = {
    [GUEST_HISTORY_KEY]: "[{}]",
    "interview-bank:practice:run:guest:abc": "{}",
    "interview-bank:practice:draft:guest:q1": "{}",
    [`${OUTBOX_PREFIX}user-1`]: "[{}]",
    [`${SAVED_AT_PREFIX}user-1`]: "1765000000000",
    "interview-bank:practice:run:user-1:abc": "{}",
    "interview-bank:practice:draft:user-1:q1": "{}",
    "interview-bank:practice:run:user-10:abc": "{}",
    "interview-bank:autosave:card": "{}",
    theme: "dark",
  };

  it("for a guest: their history, runs and typed answers, and nothing of any account", () => {
    const storage = memoryStorage(entries);
    expect(clearLocalPractice(storage, "guest")).toBe(3);
    expect(storage.keys()).toEqual(
      Object.keys(entries)
        .filter((key) => !key.includes("guest") && key !== GUEST_HISTORY_KEY)
        .sort(),
    );
  });

  it("for an account: its unsent grades, runs and answers, not another account's with a longer id", () => {
    const storage = memoryStorage(entries);
    expect(clearLocalPractice(storage, "user-1")).toBe(4);
    expect(storage.keys()).toContain("interview-bank:practice:run:user-10:abc");
    expect(storage.keys()).toContain(GUEST_HISTORY_KEY);
  });
});
