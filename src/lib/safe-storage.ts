/**
 * localStorage that never throws. In a sandboxed iframe or under strict privacy settings even
 * reading `window.localStorage` throws a SecurityError, and a full disk makes `setItem` throw.
 * What the app remembers is only a convenience, so blocked storage reads as empty and a write is
 * dropped (false); the setting still applies for this visit.
 */
const storage = (): Storage | null => {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
};

export const readStored = (key: string): string | null => {
  try {
    return storage()?.getItem(key) ?? null;
  } catch {
    return null;
  }
};

export const writeStored = (key: string, value: string): boolean => {
  try {
    const s = storage();
    s?.setItem(key, value);
    return s !== null;
  } catch {
    return false;
  }
};
