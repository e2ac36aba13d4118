import type { Category } from '../content/schema';
import type { StructureId } from '../content/structure-ids';
import type { CameraPose, Rect, ScreenPoint } from '../state/runtime';
import type { ReadingLevel, SceneStatus, ViewName } from '../state/store';
import type { ContentApi } from './content-types';
import type { LanguageApi } from './language-types';
import type { PresentationApi } from './presentation-types';
import type { QuizApi } from './quiz-types';
import type { TimelineApi } from './timeline-types';
import type { TourApi } from './tour-types';

export type { CameraPose, Category, ReadingLevel, Rect, SceneStatus, ScreenPoint, StructureId, ViewName };

export interface StructureInfo {
  id: StructureId;
  name: string;
  category: Category;
}

/** window.kneeExplorer: the automation and embed API (documented in README.md). */
export interface KneeExplorerApi
  extends TimelineApi,
    ContentApi,
    PresentationApi,
    TourApi,
    QuizApi,
    LanguageApi {
  /** Resolves once the model is loaded and its first frame drawn (or the 3D view has failed and says so). */
  ready: Promise<void>;
  structures(): StructureInfo[];
  /** Resolves when the camera has finished easing. Throws on an unknown id. */
  select(id: string | null): Promise<void>;
  selected(): StructureId | null;
  hovered(): StructureId | null;
  /** A visible, clickable point of the structure in page CSS px, or null if none is visible. */
  project(id: string): ScreenPoint | null;
  setView(name: ViewName): Promise<void>;
  view(): ViewName | 'custom';
  setLayer(category: string, visible: boolean): void;
  layers(): Record<Category, boolean>;
  /** Frames drawn so far: render-on-demand means this stands still while nothing moves. */
  frames(): number;
  /** The camera's position and target (metres, the model's frame); null without a 3D view. */
  camera(): CameraPose | null;
  /** The canvas region no panel covers, CSS px from the canvas's top-left; null before the first layout. */
  unobstructed(): Rect | null;
  /** Where the 3D view stands (an addition for tests). */
  status(): SceneStatus;
  /**
   * Lays out the print handout of this view (picture, card, sites, what to expect, QR code) without
   * opening the print dialog; resolves when it is ready to print (issue #12).
   */
  handout(): Promise<void>;
  /** The absolute URL of the view on screen (issue #12): opening it restores this view. */
  link(): string;
}

declare global {
  interface Window {
    kneeExplorer?: KneeExplorerApi;
  }
}
