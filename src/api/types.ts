import type { ContentApi } from './content-types';
import type { TimelineApi } from './timeline-types';

/** A point in CSS pixels, page coordinates. */
export interface ScreenPoint {
  x: number;
  y: number;
}

export interface StructureInfo {
  id: string;
  name: string;
  category: string;
}

export type ViewName = 'anterior' | 'medial' | 'lateral' | 'posterior';

/** window.kneeExplorer: the automation and embed API (documented in README.md). */
export interface KneeExplorerApi extends TimelineApi, ContentApi {
  /** Resolves once the model is loaded and its first frame drawn (or the 3D view has failed and says so). */
  ready: Promise<void>;
  structures(): StructureInfo[];
  /** Resolves when the camera has finished easing. Throws on an unknown id. */
  select(id: string | null): Promise<void>;
  selected(): string | null;
  hovered(): string | null;
  /** A visible, clickable point of the structure in page CSS px, or null if none is visible. */
  project(id: string): ScreenPoint | null;
  setView(name: ViewName): Promise<void>;
  view(): string;
  setLayer(category: string, visible: boolean): void;
  layers(): Record<string, boolean>;
  /** Frames drawn so far: render-on-demand means this stands still while nothing moves. */
  frames(): number;
  /** 'loading' | 'ready' | 'no-webgl' | 'model-error' | 'context-lost' (an addition for tests). */
  status(): string;
}

declare global {
  interface Window {
    kneeExplorer?: KneeExplorerApi;
  }
}
