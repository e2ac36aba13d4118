import { linkHref } from '../state/link';
import { addNotice, dismissNotice } from '../state/store';

/** How long "Link copied" stays up: long enough to read, then out of the way of the knee. */
const COPIED_MS = 6000;
let shown: number | null = null;

/** Says one thing about the link at a time: a second click replaces the first notice. */
const say = (key: 'linkCopied' | 'linkNotCopied'): void => {
  if (shown !== null) dismissNotice(shown);
  const id = addNotice(key);
  shown = id;
  if (key === 'linkCopied') {
    setTimeout(() => {
      dismissNotice(id);
      if (shown === id) shown = null;
    }, COPIED_MS);
  }
};

/** The link to the view on screen (kneeExplorer.link() gives the same). */
export const currentLink = (): string => linkHref(window.location);

export type CopyResult = { copied: true } | { copied: false; href: string };

/**
 * Copies the link with the Clipboard API. It is refused without a secure context, without the
 * page's focus, or by a permission policy: then the link is handed back for a field to copy from.
 */
export const copyLink = async (): Promise<CopyResult> => {
  const href = currentLink();
  try {
    if (!navigator.clipboard?.writeText) throw new Error('No Clipboard API');
    await navigator.clipboard.writeText(href);
    say('linkCopied');
    return { copied: true };
  } catch {
    say('linkNotCopied');
    return { copied: false, href };
  }
};

/** Whether this browser has a native share sheet (phones, tablets, some desktops). */
export const canShare = (): boolean =>
  typeof navigator !== 'undefined' && typeof navigator.share === 'function';

/**
 * Opens the native share sheet with the link. Closing the sheet is not a failure; any other refusal
 * (no user activation, a policy) falls back to copying.
 */
export const shareLink = async (title: string, text: string): Promise<CopyResult | null> => {
  try {
    await navigator.share({ title, text, url: currentLink() });
    return null;
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') return null;
    return copyLink();
  }
};
