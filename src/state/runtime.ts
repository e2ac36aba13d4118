import { useStore as useZustand } from 'zustand';
import { createStore } from 'zustand/vanilla';
import type { Orbit, ViewName } from '../lib/camera-url';

/**
 * The scene's transient runtime (racing-game's `mutation`, as a vanilla zustand store): what changes
 * per frame or per lifecycle and is not app state. The scene writes it; the automation API and the
 * DOM overlays read it. Nothing here is serialised, and React components never re-render from it
 * except through a narrow selector (the marker overlay).
 */

/** A point in CSS pixels, page coordinates. */
export interface ScreenPoint {
  x: number;
  y: number;
}

/** An injection-site marker as the scene last projected it. */
export interface MarkerSpot {
  id: string;
  /** CSS px from the canvas's top-left corner. */
  x: number;
  y: number;
  /** In front of the camera and inside the canvas. */
  inView: boolean;
  /** Not hidden behind solid tissue (a raycast from the camera). */
  front: boolean;
  /** Distance from the camera, metres: nearer markers are drawn on top. */
  distance: number;
}

/** A one-off request for the camera; queued, and each one acted on exactly once. */
export type CameraCommand =
  | { kind: 'view'; view: ViewName }
  | { kind: 'rotate'; direction: 1 | -1 }
  | { kind: 'zoom'; direction: 1 | -1 }
  /** Turn to and frame what is selected (a double tap, the card's Show button). */
  | { kind: 'frame' }
  /** Frame these structures together, from this preset or (without one) the side they face. */
  | { kind: 'frame-ids'; ids: readonly string[]; view?: ViewName }
  /** Go to an exact orbit (a link's `cam=`, put back over a tour step). */
  | { kind: 'orbit'; orbit: Orbit };

/** A rectangle in CSS px, relative to the canvas's top-left corner. */
export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A structure's label anchor as the scene last projected it (explain mode and the labels toggle). */
export interface LabelSpot {
  id: string;
  /** CSS px from the canvas's top-left corner. */
  x: number;
  y: number;
  /** Drawn, in front of the camera, inside the canvas and not behind solid tissue. */
  visible: boolean;
}

/** Where the camera is and what it looks at, metres in the model's frame (+Y up, +Z anterior). */
export interface CameraPose {
  position: [number, number, number];
  target: [number, number, number];
}

/** One frame of the 3D view drawn at a chosen size, for print (the handout, issue #12). */
export interface Snapshot {
  /** The picture, a JPEG data URL (nothing is uploaded; the page shows it from memory). */
  url: string;
  /** Device pixels. */
  width: number;
  height: number;
  /** The part of the canvas (CSS px from its top-left) the picture shows, to place screen points on it. */
  region: Rect;
}

/** What both kinds of projected spot share. */
type ScreenSpot = Pick<MarkerSpot, 'id' | 'x' | 'y'>;

export interface Runtime {
  /** Frames drawn so far (render on demand: stands still while nothing moves). */
  frames: number;
  /** A 3D view is mounted and drawing (frame waiters wait only then). */
  running: boolean;
  /** The loaded model's first framed frame is on screen. */
  firstFrame: boolean;
  /**
   * A frame drawn since the clinical content loaded is on screen: what it adds (the injection-site
   * markers, an open condition's highlight, the healing look) is drawn. `kneeExplorer.ready` waits for it.
   */
  contentDrawn: boolean;
  markers: readonly MarkerSpot[];
  labelSpots: readonly LabelSpot[];
  /** The part of the canvas no panel covers (the DOM measures it; the camera frames inside it). */
  unobstructed: Rect | null;
  cameraQueue: readonly CameraCommand[];
  /** Set while a touch on the model selects: the camera stays where it is for that change. */
  holdCamera: boolean;
  /** The camera was moved by hand since the app last placed it: its orbit goes in the link at rest. */
  handMoved: boolean;
  /** Lent by the scene while it is mounted: the canvas, picking, the camera's rest, a print frame. */
  canvas: HTMLCanvasElement | null;
  project: ((id: string) => ScreenPoint | null) | null;
  settled: (() => Promise<void>) | null;
  pose: (() => CameraPose) | null;
  /**
   * Draws one frame at width × height device px and returns it, the canvas restored, in the same
   * task; null before the first frame or without a WebGL context.
   */
  snapshot: ((width: number, height: number) => Snapshot | null) | null;
  /** The camera's orbit as a link writes it (lib/camera-url.ts), unrounded controls read and rounded. */
  orbit: (() => Orbit) | null;
}

const initialRuntime = (): Runtime => ({
  frames: 0,
  running: false,
  firstFrame: false,
  contentDrawn: false,
  markers: [],
  labelSpots: [],
  unobstructed: null,
  cameraQueue: [],
  holdCamera: false,
  handMoved: false,
  canvas: null,
  project: null,
  settled: null,
  pose: null,
  snapshot: null,
  orbit: null,
});

export const runtime = createStore<Runtime>()(initialRuntime);

/** Reads the runtime from a component, re-rendering only when the selected value changes. */
export const useRuntime = <T>(selector: (r: Runtime) => T): T => useZustand(runtime, selector);

export const resetRuntime = (): void => runtime.setState(initialRuntime(), true);

const bump = (s: Runtime): Partial<Runtime> => ({ frames: s.frames + 1 });

/** The scene calls this once a frame is on screen. */
export const frameDrawn = (): void => runtime.setState(bump);

/** Resolves after the next drawn frame; at once when no 3D view is drawing (nothing to wait for). */
export const nextFrame = (): Promise<void> => {
  if (!runtime.getState().running) return Promise.resolve();
  return new Promise<void>((resolve) => {
    const stop = runtime.subscribe((s, prev) => {
      if (s.frames !== prev.frames || !s.running) {
        stop();
        resolve();
      }
    });
  });
};

/** Same id and visibility, and within half a pixel: a spot that has not visibly moved. */
const near = (a: ScreenSpot, b: ScreenSpot | undefined): boolean =>
  b !== undefined && a.id === b.id && Math.abs(a.x - b.x) < 0.5 && Math.abs(a.y - b.y) < 0.5;

const sameMarker = (a: MarkerSpot, b: MarkerSpot | undefined): boolean =>
  near(a, b) && a.inView === b?.inView && a.front === b.front;

const sameLabel = (a: LabelSpot, b: LabelSpot | undefined): boolean => near(a, b) && a.visible === b?.visible;

/** Element-wise equality in a plain loop: the scene calls this every frame, and a still set must not allocate. */
const sameList = <T>(now: readonly T[], next: readonly T[], same: (a: T, b: T | undefined) => boolean) => {
  let equal = now.length === next.length;
  for (let i = 0; equal && i < next.length; i++) equal = same(next[i] as T, now[i]);
  return equal;
};

/** Publishes the markers (a copy) only when one has moved by half a pixel or changed visibility. */
export const setMarkers = (next: readonly MarkerSpot[]): void => {
  if (!sameList(runtime.getState().markers, next, sameMarker)) {
    runtime.setState({ markers: next.map((s) => ({ ...s })) });
  }
};

/**
 * Publishes the label anchors (a copy), most important first (the selection, its neighbours, the
 * rest), only when one has moved by half a pixel or changed visibility: the same rule as markers.
 */
export const setLabelSpots = (next: readonly LabelSpot[]): void => {
  if (!sameList(runtime.getState().labelSpots, next, sameLabel)) {
    runtime.setState({ labelSpots: next.map((s) => ({ ...s })) });
  }
};

export const pushCamera = (command: CameraCommand): void =>
  runtime.setState((s) => ({ cameraQueue: [...s.cameraQueue, command] }));

/** Takes every queued camera command, oldest first, leaving the queue empty. */
export const takeCameraCommands = (): readonly CameraCommand[] => {
  const { cameraQueue } = runtime.getState();
  if (cameraQueue.length > 0) runtime.setState({ cameraQueue: [] });
  return cameraQueue;
};

/** Lends part of the scene to the runtime; the returned function takes it back (StrictMode-safe). */
export const lend = (
  part: Partial<Pick<Runtime, 'canvas' | 'project' | 'settled' | 'pose' | 'snapshot' | 'orbit' | 'running'>>,
) => {
  runtime.setState(part);
  return (): void => {
    const s = runtime.getState();
    const back: Partial<Runtime> = {};
    if (part.canvas !== undefined && s.canvas === part.canvas) back.canvas = null;
    if (part.project !== undefined && s.project === part.project) back.project = null;
    if (part.settled !== undefined && s.settled === part.settled) back.settled = null;
    if (part.pose !== undefined && s.pose === part.pose) back.pose = null;
    if (part.snapshot !== undefined && s.snapshot === part.snapshot) back.snapshot = null;
    if (part.orbit !== undefined && s.orbit === part.orbit) back.orbit = null;
    if (part.running) back.running = false;
    runtime.setState(back);
  };
};

export const markFirstFrame = (): void => {
  if (!runtime.getState().firstFrame) runtime.setState({ firstFrame: true });
};
