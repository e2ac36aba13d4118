import { type ReadingLevel, useStore } from './store';

/** Settings that need no clinical content: the all-sites toggle and the reading level. */
export const setAllSites = (allSites: boolean): void => useStore.setState({ allSites });

const LEVEL_KEY = 'knee-explorer:reading-level';

/** Sets the reading level and remembers it on this device (storage can be blocked: ignore). */
export const setReadingLevel = (level: ReadingLevel): void => {
  useStore.setState({ readingLevel: level });
  try {
    globalThis.localStorage?.setItem(LEVEL_KEY, level);
  } catch {
    // private mode or blocked storage: the level still applies for this visit
  }
};

/** The level remembered on this device, if any. */
export const storedReadingLevel = (): string | null => {
  try {
    return globalThis.localStorage?.getItem(LEVEL_KEY) ?? null;
  } catch {
    return null;
  }
};
