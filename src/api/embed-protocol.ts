import type { KneeExplorerApi } from './types';

/**
 * The postMessage protocol that mirrors window.kneeExplorer for a page that frames the app
 * (issue #12; README "Embedding"). Plain data only: every message is structured-clonable.
 */
export const REQUEST = 'knee-explorer:request';
export const RESPONSE = 'knee-explorer:response';
export const EVENT = 'knee-explorer:event';

/** The parent asks: call `method` of the API with `args`; `id` comes back on the reply. */
export interface EmbedRequest {
  type: typeof REQUEST;
  id: string | number;
  method: string;
  args?: unknown[];
}

/** The answer to one request: `result` (what the method returned or resolved to) or `error` (a message). */
export type EmbedResponse =
  | { type: typeof RESPONSE; id: string | number | null; result: unknown }
  | { type: typeof RESPONSE; id: string | number | null; error: string };

export const eventNames = ['ready', 'selection', 'timeline'] as const;
export type EmbedEventName = (typeof eventNames)[number];

export interface EmbedEvent {
  type: typeof EVENT;
  name: EmbedEventName;
  detail: unknown;
}

/** The names of the API's members that are methods (not `ready`, a promise). */
export type ApiMethod = {
  [K in keyof KneeExplorerApi]: KneeExplorerApi[K] extends (...args: never[]) => unknown ? K : never;
}[keyof KneeExplorerApi];

/**
 * The methods a message may call: the API object's own function-valued members, read once. Nothing
 * from its prototype (`constructor`, `toString`, `__proto__`) and no property paths: a name is looked
 * up in this set and nowhere else.
 */
export const apiMethods = (api: object): ReadonlySet<string> =>
  new Set(Object.keys(api).filter((key) => typeof Reflect.get(api, key) === 'function'));

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null;

/** Anything that claims to be a request; its fields are checked one by one, with a reply for each fault. */
export const isRequestLike = (data: unknown): data is Record<string, unknown> =>
  isRecord(data) && data.type === REQUEST;

export const isRequestId = (id: unknown): id is string | number =>
  (typeof id === 'string' && id.length <= 200) || (typeof id === 'number' && Number.isFinite(id));

/** The text of whatever a method threw or rejected with. */
export const errorMessage = (error: unknown): string =>
  error instanceof Error ? error.message : typeof error === 'string' ? error : String(error);
