import type { Caution } from '../lib/cautions';
import type { ScreenPoint } from '../state/runtime';
import type { ReadingLevel } from '../state/store';

export interface SiteInfo {
  id: string;
  /** The structure the injection targets. */
  target: string;
  kind: 'intra-articular' | 'extra-articular';
}

/** The clinical-content part of window.kneeExplorer (issue #3; documented in README.md). */
export interface ContentApi {
  /** Opens a condition (null closes it): highlights, x-rays the rest, frames; resolves at rest. */
  showCondition(id: string | null): Promise<void>;
  /** Structure ids the open condition highlights; [] when none is open. */
  highlighted(): string[];
  sites(): SiteInfo[];
  /** Opens a site's card (and turns the camera to it); resolves at rest. Throws on an unknown id. */
  selectSite(id: string): Promise<void>;
  setReadingLevel(level: ReadingLevel): void;
  readingLevel(): ReadingLevel;
  /** Page CSS px of the site's marker, for clicking; null if not shown, off screen or behind the knee. */
  projectSite(id: string): ScreenPoint | null;
  /**
   * The nerves and vessels within 20 mm of the site's needle path in the model, nearest first, as
   * the generator measured them (issue #13). Throws on an unknown site id.
   */
  siteCautions(siteId: string): Caution[];
}
