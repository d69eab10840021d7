/**
 * The N worst households of a caseload, in bounded memory: what the audit report embeds in detail.
 * "Worst" is most yuan per month at stake, then most findings, then the earlier line — a total order,
 * so the selection is the same however the caseload was split (by worker threads, by shards) and
 * however the parts were merged. A household that does not make a part's selection cannot make the
 * whole's, so each part need only pass on what entered its own.
 */
import { Money, type MoneyString } from "../model/money.js";

export interface Ranked {
  /** Yuan per month at stake (without sign). */
  readonly stake: MoneyString;
  readonly findings: number;
  /** Line number in the caseload (1-based): unique, so no two households rank alike. */
  readonly line: number;
}

/** Negative when `a` is worse than `b` (comes first in the report). */
export function compareWorst(a: Ranked, b: Ranked): number {
  const byStake = new Money(b.stake).comparedTo(new Money(a.stake));
  if (byStake !== 0) return byStake;
  if (a.findings !== b.findings) return b.findings - a.findings;
  return a.line - b.line;
}

export interface WorstSelection<T extends Ranked> {
  /** Offers a household; true when it is (for now) among the worst kept. */
  offer(item: T): boolean;
  /** The kept households, worst first. */
  sorted(): T[];
  readonly size: number;
}

/**
 * Keeps the `limit` worst households offered. A binary heap whose root is the least bad kept one, so an
 * offer costs O(log limit) and memory never exceeds `limit` items.
 */
export function worstSelection<T extends Ranked>(limit: number): WorstSelection<T> {
  const heap: T[] = [];
  // In the heap, a parent is never worse than its children: the root is the first to leave.
  const lessBad = (i: number, j: number): boolean => compareWorst(heap[i] as T, heap[j] as T) > 0;
  const swap = (i: number, j: number): void => {
    const held = heap[i] as T;
    heap[i] = heap[j] as T;
    heap[j] = held;
  };
  const up = (start: number): void => {
    for (let at = start; at > 0; ) {
      const parent = (at - 1) >> 1;
      if (!lessBad(at, parent)) return;
      swap(at, parent);
      at = parent;
    }
  };
  const down = (start: number): void => {
    for (let at = start; ; ) {
      const left = 2 * at + 1;
      const right = left + 1;
      let least = at;
      if (left < heap.length && lessBad(left, least)) least = left;
      if (right < heap.length && lessBad(right, least)) least = right;
      if (least === at) return;
      swap(at, least);
      at = least;
    }
  };
  return {
    offer(item) {
      if (limit <= 0) return false;
      if (heap.length < limit) {
        heap.push(item);
        up(heap.length - 1);
        return true;
      }
      if (compareWorst(item, heap[0] as T) >= 0) return false;
      heap[0] = item;
      down(0);
      return true;
    },
    sorted: () => [...heap].sort(compareWorst),
    get size() {
      return heap.length;
    },
  };
}
