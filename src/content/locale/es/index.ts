import type { ContentBundle } from '../overlay';

export const spanishContent: ContentBundle = { overlay: {}, synonyms: {} };
