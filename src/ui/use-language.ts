import type { Language } from '../i18n/languages';
import { useStore } from '../state/store';

/** The language on screen; a component that shows content re-renders when it changes. */
export const useLanguage = (): Language => useStore((s) => s.language);
