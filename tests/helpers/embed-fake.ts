import type { BridgeHost, IncomingMessage, MessageTarget } from '../../src/api/embed-bridge';

/** One postMessage call: what was posted and the target origin it was addressed to. */
export interface Posted {
  message: unknown;
  target: string;
}

/**
 * A parent window that records what it is sent. Like the browser, it clones each message first, so
 * a result that cannot cross a window boundary throws here too (DataCloneError).
 */
export class FakeParent implements MessageTarget {
  readonly posted: Posted[] = [];
  postMessage(message: unknown, target: string): void {
    this.posted.push({ message: structuredClone(message), target });
  }
}

/** The page the bridge runs in: a framing parent, its reported origin, and a way to deliver messages. */
export class FakeHost implements BridgeHost {
  readonly parent: FakeParent | null;
  private handler: ((m: IncomingMessage) => void) | null = null;

  constructor(
    readonly parentOrigin: string | null = null,
    framed = true,
  ) {
    this.parent = framed ? new FakeParent() : null;
  }

  listen(handler: (m: IncomingMessage) => void): () => void {
    this.handler = handler;
    return () => {
      this.handler = null;
    };
  }

  /** Delivers a message as the browser would: from `source` (the parent unless said), at `origin`. */
  deliver(data: unknown, origin: string, source: unknown = this.parent): void {
    this.handler?.({ data, origin, source });
  }

  get listening(): boolean {
    return this.handler !== null;
  }

  /** Everything posted to the parent so far. */
  get posted(): Posted[] {
    return this.parent?.posted ?? [];
  }

  /** Waits until `count` messages have been posted (replies come after the method's promise settles). */
  async postedAtLeast(count: number): Promise<Posted[]> {
    for (let i = 0; i < 50 && this.posted.length < count; i++) await new Promise((r) => setTimeout(r, 0));
    return this.posted;
  }
}

/** A request message as a parent page writes it. */
export const request = (id: unknown, method: unknown, args?: unknown) => ({
  type: 'knee-explorer:request',
  id,
  method,
  ...(args === undefined ? {} : { args }),
});
