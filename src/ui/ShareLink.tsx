import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type CopyResult, canShare, copyLink, shareLink } from './share-link';
import './share.css';

/** Where the clipboard was refused: the link, selected, to copy by hand (Ctrl+C, or a long press). */
const LinkField = ({ href }: { href: string }) => {
  const { t } = useTranslation();
  const field = useRef<HTMLInputElement>(null);
  useEffect(() => {
    field.current?.focus();
    field.current?.select();
  }, []);
  return (
    <label className="share-field">
      <span>{t('share.field')}</span>
      <input ref={field} type="url" readOnly value={href} onFocus={(e) => e.currentTarget.select()} />
    </label>
  );
};

/** Copy link and, where the browser has one, the native share sheet: with the page-level actions. */
export const ShareLink = () => {
  const { t } = useTranslation();
  const [refused, setRefused] = useState<string | null>(null);
  // Known only in a browser: the prerendered shell (built in Node) shows Copy link alone.
  const [sheet, setSheet] = useState(false);
  useEffect(() => setSheet(canShare()), []);
  const after = (result: CopyResult | null) => setRefused(result && !result.copied ? result.href : null);
  return (
    // Plain buttons among the other page-level actions, so they wrap with them (no extra row).
    <>
      <button
        type="button"
        className="button share-copy"
        title={t('share.copyHint')}
        onClick={() => void copyLink().then(after)}
      >
        {t('share.copy')}
      </button>
      {sheet && (
        <button
          type="button"
          className="button share-sheet"
          title={t('share.shareHint')}
          onClick={() => void shareLink(t('share.shareTitle'), t('share.shareText')).then(after)}
        >
          {t('share.share')}
        </button>
      )}
      {refused && <LinkField key={refused} href={refused} />}
    </>
  );
};
