/** Reading levels: the depth of every card. Patient is the default (calm, plain words). */
export const readingLevels = ['patient', 'clinician'] as const;
export type ReadingLevel = (typeof readingLevels)[number];

export const isReadingLevel = (value: unknown): value is ReadingLevel =>
  typeof value === 'string' && (readingLevels as readonly string[]).includes(value);

/**
 * The level to start with: the link wins (it may be shared by a clinician), then what this device
 * remembered, then 'patient'. Anything unrecognised is ignored.
 */
export const initialReadingLevel = (fromUrl: string | null, fromStorage: string | null): ReadingLevel => {
  if (isReadingLevel(fromUrl)) return fromUrl;
  if (isReadingLevel(fromStorage)) return fromStorage;
  return 'patient';
};
