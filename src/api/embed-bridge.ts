import type { OriginPolicy } from './embed-origins';
import {
  apiMethods,
  type EmbedEventName,
  type EmbedResponse,
  EVENT,
  errorMessage,
  isRequestId,
  isRequestLike,
  RESPONSE,
} from './embed-protocol';

/** A window the bridge can post to (the parent); the browser's postMessage with a target origin. */
export interface MessageTarget {
  postMessage(message: unknown, targetOrigin: string): void;
}

/** A message as the bridge sees it: what it says, who sent it and from which origin. */
export interface IncomingMessage {
  data: unknown;
  origin: string;
  source: unknown;
}

/** What the bridge needs of the page, so a unit test can hand it a fake. */
export interface BridgeHost {
  /** Starts listening for `message` events; returns the way to stop. */
  listen(handler: (message: IncomingMessage) => void): () => void;
  /** The window that frames this page, or null when it is not framed. */
  parent: MessageTarget | null;
  /** The parent's origin as the browser reports it (location.ancestorOrigins; not in Firefox). */
  parentOrigin: string | null;
}

export interface BridgeOptions {
  host: BridgeHost;
  api: object;
  policy: OriginPolicy;
  warn?: (message: string) => void;
}

export interface Bridge {
  emit(name: EmbedEventName, detail: unknown): void;
  stop(): void;
}

/** An opaque origin (a sandboxed frame, a file: page) cannot be named as a target: only `*` reaches it. */
const OPAQUE = 'null';

/**
 * Answers the parent's requests by calling the API's methods and posts events to it (issue #12).
 * Only the framing window is listened to, only from an allowed origin, and replies go to the origin
 * the request came from; events go to the parent's origin once it is known.
 */
export const createBridge = ({ host, api, policy, warn = () => undefined }: BridgeOptions): Bridge => {
  const methods = apiMethods(api);
  const warned = new Set<string>();
  // What events may be posted to: the parent's origin once it has spoken, or the browser has said.
  let known: string | null = host.parentOrigin;

  /** Where to post to an origin: itself, `*` for an opaque one when no list is set, or nowhere. */
  const targetsFor = (origin: string): string[] => {
    if (origin === OPAQUE) return policy.configured ? [] : ['*'];
    return policy.allows(origin) ? [origin] : [];
  };
  // Before the parent's origin is known, each allowed origin is addressed (the browser delivers to the
  // one that matches, if any); with no list, events carry nothing private and go to `*`.
  const eventTargets = (): string[] =>
    known !== null ? targetsFor(known) : policy.configured ? [...policy.origins] : ['*'];

  const post = (message: unknown, origin: string): void => {
    for (const target of targetsFor(origin)) host.parent?.postMessage(message, target);
  };

  /** Posts a reply; a result the browser cannot clone becomes an error reply instead. */
  const reply = (response: EmbedResponse, origin: string): void => {
    try {
      post(response, origin);
    } catch (error) {
      post(
        { type: RESPONSE, id: response.id, error: `the result cannot be sent: ${errorMessage(error)}` },
        origin,
      );
    }
  };

  const call = async (method: string, args: unknown[]): Promise<unknown> => {
    const fn: unknown = Reflect.get(api, method);
    if (typeof fn !== 'function') throw new Error(`kneeExplorer.${method} is not a function`);
    return Reflect.apply(fn, api, args);
  };

  const handle = ({ data, origin, source }: IncomingMessage): void => {
    if (!isRequestLike(data) || host.parent === null || source !== host.parent) return;
    if (!policy.allows(origin)) {
      if (!warned.has(origin)) warn(`Knee Explorer: ignored a request from ${origin}, not an allowed origin`);
      warned.add(origin);
      return;
    }
    if (origin !== OPAQUE) known = origin;
    const { id, method, args = [] } = data;
    if (!isRequestId(id)) {
      reply(
        { type: RESPONSE, id: null, error: 'a request needs an id: a string or a finite number' },
        origin,
      );
      return;
    }
    if (typeof method !== 'string' || !methods.has(method)) {
      const list = [...methods].join(', ');
      reply({ type: RESPONSE, id, error: `unknown method "${String(method)}"; use one of ${list}` }, origin);
      return;
    }
    if (!Array.isArray(args)) {
      reply({ type: RESPONSE, id, error: `args of ${method} must be an array` }, origin);
      return;
    }
    call(method, args).then(
      (result) => reply({ type: RESPONSE, id, result }, origin),
      (error: unknown) => reply({ type: RESPONSE, id, error: errorMessage(error) }, origin),
    );
  };

  const stop = host.listen(handle);
  return {
    emit(name, detail) {
      for (const target of eventTargets()) host.parent?.postMessage({ type: EVENT, name, detail }, target);
    },
    stop,
  };
};
