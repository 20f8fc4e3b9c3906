"use client";

import { useSyncExternalStore } from "react";

// JSON values in localStorage as an external store for useSyncExternalStore: the server renders
// without them (null), the browser reads them during hydration, and a write re-renders whoever
// reads that key. Other tabs' writes are read on the next render, never pushed.

const listeners = new Set<() => void>();
/** Writes storage refused (full, private mode): this page keeps them in memory instead. */
const unstored = new Map<string, string | null>();
/** The last parse of each key, so an unchanged value is the same object (useSyncExternalStore needs that). */
const parsed = new Map<string, { raw: string | null; value: unknown }>();

function rawValue(key: string): string | null {
  if (unstored.has(key)) return unstored.get(key)!;
  try {
    return window.localStorage.getItem(key);
  } catch {
    return null;
  }
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

/** The value stored at `key`, or `fallback` when there is none or it is not JSON. */
export function readStored<T>(key: string, fallback: T): T {
  const raw = rawValue(key);
  const cached = parsed.get(key);
  if (cached && cached.raw === raw) return (cached.value ?? fallback) as T;
  let value: unknown = undefined;
  try {
    value = raw ? (JSON.parse(raw) as unknown) : undefined;
  } catch {
    // Not JSON (written by something else): as if nothing were stored.
  }
  parsed.set(key, { raw, value });
  return (value ?? fallback) as T;
}

/** Stores `value` at `key` (null removes it); when storage refuses, this page goes on with it in memory. */
export function writeStored(key: string, value: unknown) {
  const raw = value === null ? null : JSON.stringify(value);
  try {
    if (raw === null) window.localStorage.removeItem(key);
    else window.localStorage.setItem(key, raw);
    unstored.delete(key);
  } catch {
    unstored.set(key, raw);
  }
  for (const listener of listeners) listener();
}

/** The JSON value at `key` (fallback when none), or null until the page runs in the browser or without a key. */
export function useStoredJson<T>(key: string | null, fallback: T): T | null {
  return useSyncExternalStore(
    subscribe,
    () => (key === null ? null : readStored(key, fallback)),
    () => null,
  );
}
