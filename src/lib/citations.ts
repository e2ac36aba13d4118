import type { Cited } from '../content';
import type { ReadingLevel } from './reading-level';

/** Source keys in the order a reader first meets them, numbered from 1. */
export interface Numbering {
  keys: string[];
  numberOf(key: string): number;
}

/**
 * Numbers the sources of the statements a card shows, in reading order, so every [n] marker points
 * at one entry of the card's source list. Keys not in the list get 0 (a bug the tests catch).
 */
export const numberSources = (statements: readonly Cited[]): Numbering => {
  const keys: string[] = [];
  for (const s of statements) for (const k of s.sources) if (!keys.includes(k)) keys.push(k);
  const index = new Map(keys.map((k, i) => [k, i + 1]));
  return { keys, numberOf: (key) => index.get(key) ?? 0 };
};

/** Markers for one statement: its source numbers, sorted and without repeats. */
export const markersFor = (statement: Cited, numbering: Numbering): number[] =>
  [...new Set(statement.sources.map((k) => numbering.numberOf(k)))].sort((a, b) => a - b);

/** Pick a statement's variant for the reading level. */
export const atLevel = <T>(variants: Record<ReadingLevel, T>, level: ReadingLevel): T => variants[level];
