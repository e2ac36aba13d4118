import type { Resources } from './en';

/**
 * The shape of a translation of the English resources: the same keys, any wording. tsc refuses a
 * translation file with a missing or unknown key; tests/unit/i18n-es.test.ts checks the rest
 * (interpolation variables, plural forms, nothing left in English).
 */
export type Strings<T> = { readonly [K in keyof T]: T[K] extends string ? string : Strings<T[K]> };

export type TranslatedResources = Strings<Resources>;
