import { readStored, writeStored } from '../lib/safe-storage';
import { type ReadingLevel, useStore } from './store';

/** Settings that need no clinical content: the all-sites toggle and the reading level. */
export const setAllSites = (allSites: boolean): void => useStore.setState({ allSites });

const LEVEL_KEY = 'knee-explorer:reading-level';

/** Sets the reading level and remembers it on this device (if storage is blocked, for this visit only). */
export const setReadingLevel = (level: ReadingLevel): void => {
  writeStored(LEVEL_KEY, level); // first: the link is rewritten against the remembered level
  useStore.setState({ readingLevel: level });
};

/** The level remembered on this device, if any. */
export const storedReadingLevel = (): string | null => readStored(LEVEL_KEY);
