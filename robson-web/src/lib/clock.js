import { useSyncExternalStore } from 'react';
import { STALE_AFTER_INTERVALS } from '../config/intervals.js';

/**
 * One wall clock for every "updated N s ago": a single timer however many widgets show an
 * age, started with the first subscriber and stopped with the last.
 */
const TICK_MS = 1_000;
const subscribers = new Set();
let now = Date.now();
let timer = null;

function subscribe(listener) {
  subscribers.add(listener);
  if (timer === null) {
    now = Date.now();
    timer = setInterval(() => {
      now = Date.now();
      subscribers.forEach((notify) => notify());
    }, TICK_MS);
  }
  return () => {
    subscribers.delete(listener);
    if (subscribers.size === 0) {
      clearInterval(timer);
      timer = null;
    }
  };
}

function snapshot() {
  return now;
}

/** Milliseconds since the epoch, updated once a second while any component reads it. */
export function useNow() {
  return useSyncExternalStore(subscribe, snapshot, snapshot);
}

/** Whether data read at updatedAt is older than its widget tolerates (twice its interval). */
export function isStale(updatedAt, intervalMs, now) {
  return updatedAt != null && now - updatedAt > STALE_AFTER_INTERVALS * intervalMs;
}
