import { spanishContent } from '../content/locale/es';
import { es } from './es';
import type { LanguagePack } from './load';

/** Everything Spanish, on one lazily loaded chunk: the interface strings and the content bundle. */
export const esPack: LanguagePack = { resources: es, content: spanishContent };
