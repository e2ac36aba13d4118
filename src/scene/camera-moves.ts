import type { CameraControlsImpl } from '@react-three/drei';
import { type Object3D, Vector3 } from 'three';
import { getStructure } from '../content/structures';
import { type Orbit, orbitPose } from '../lib/camera-url';
import { focusIds } from '../state/highlight';
import type { CameraCommand } from '../state/runtime';
import type { AppState, ViewName } from '../state/store';
import { PRESET_POLAR } from './first-view';
import { bestAzimuth, groupAzimuth, groupSphere, sphereOf } from './framing';
import { type SiteAnchor, siteViewpoint } from './site-anchors';

/** Azimuth of each preset. +X is medial for this right knee, +Z anterior. */
const azimuths: Record<ViewName, number> = {
  anterior: 0,
  medial: Math.PI / 2,
  lateral: -Math.PI / 2,
  posterior: Math.PI,
};
const ROTATE_STEP = Math.PI / 8;
const ZOOM_STEP = 0.25;
/** Within a millimetre of where it is heading, the camera counts as arrived. */
const ARRIVED = 0.001;

const wrapToPi = (a: number): number => Math.atan2(Math.sin(a), Math.cos(a));

/** The preset a camera azimuth shows (within ~15°), else 'custom'. */
export const viewAt = (azimuth: number): ViewName | 'custom' => {
  for (const [view, a] of Object.entries(azimuths) as [ViewName, number][]) {
    if (Math.abs(wrapToPi(azimuth - a)) < 0.26) return view;
  }
  return 'custom';
};

type FrameIds = Extract<CameraCommand, { kind: 'frame-ids' }>;

export interface Director {
  /** Frames the initial state (or a frame list asked for before the view was up) at once. */
  start(state: AppState, frame?: FrameIds): void;
  /** Reacts to one store change; called synchronously from the store subscription. */
  onChange(state: AppState, prev: AppState): void;
  /** Carries out one queued camera command. */
  run(command: CameraCommand, state: AppState): void;
  /** Resolves when the latest motion has come to rest. */
  settled(): Promise<void>;
}

/** What the director asks of its surroundings (all optional, for tests). */
export interface DirectorHooks {
  /** How much larger than the canvas's short side the free region's short side is (≥ 1). */
  fitScale?: () => number;
  /** True while a selection was made by touching the model: the camera stays where it is. */
  held?: () => boolean;
  /** The camera turned to a structure: the preset it now shows, or 'custom'. */
  turned?: (view: ViewName | 'custom') => void;
  /** A move has come to rest (the link reads the camera's orbit then, never per frame). */
  rested?: () => void;
}

/**
 * Turns store changes into camera moves. A move has arrived when the camera is within a millimetre
 * of its goal (checked on every controls update, so it is independent of the frame rate) or when
 * camera-controls reports rest; we then snap the last millimetre so the camera, and drawing, stop.
 */
export const createDirector = (
  controls: CameraControlsImpl,
  root: Object3D,
  invalidate: () => void,
  reducedMotion: () => boolean,
  anchors: ReadonlyMap<string, SiteAnchor> = new Map(),
  hooks: DirectorHooks = {},
) => {
  const { fitScale = () => 1, held = () => false, turned = () => {}, rested = () => {} } = hooks;
  let motion: Promise<void> = Promise.resolve();
  let seq = 0;
  const [pos, posEnd, tgt, tgtEnd] = [new Vector3(), new Vector3(), new Vector3(), new Vector3()];
  const arrived = () =>
    controls.getPosition(pos, false).distanceTo(controls.getPosition(posEnd, true)) < ARRIVED &&
    controls.getTarget(tgt, false).distanceTo(controls.getTarget(tgtEnd, true)) < ARRIVED;

  const track = (moves: Promise<unknown>[]): void => {
    const mine = ++seq;
    invalidate();
    motion = new Promise<void>((resolve) => {
      let done = false;
      const finish = () => {
        if (done) return;
        done = true;
        controls.removeEventListener('update', check);
        if (mine === seq) {
          controls.stop();
          controls.update(0);
          controls.camera.updateMatrixWorld();
          invalidate();
          rested();
        }
        resolve();
      };
      const check = () => {
        if (arrived()) finish();
      };
      controls.addEventListener('update', check);
      void Promise.all(moves).then(finish);
    });
  };

  const sphere = (ids: readonly string[]) => {
    const s = sphereOf(root, ids);
    s.radius *= fitScale();
    return s;
  };

  /** The side the focus faces: one structure's best azimuth, or null (keep the current side). */
  const facing = (ids: readonly string[]): number | null => {
    const knee = root.getObjectByName('knee');
    const id = ids.length === 1 ? ids[0] : undefined;
    const object = id ? root.getObjectByName(id) : undefined;
    if (!knee || !object) return null;
    const band = getStructure(id ?? '')?.category;
    return bestAzimuth(object, knee, band === 'ligament' || band === 'tendon');
  };

  /** Turns to the side the focus faces (if it has one) and frames it. */
  const toFocus = (ids: readonly string[], animate = !reducedMotion(), azimuth = facing(ids)): void => {
    if (azimuth === null) {
      track([controls.fitToSphere(sphere(ids), animate)]);
      return;
    }
    turned(viewAt(azimuth));
    const to = controls.azimuthAngle + wrapToPi(azimuth - controls.azimuthAngle);
    track([controls.rotateTo(to, PRESET_POLAR, animate), controls.fitToSphere(sphere(ids), animate)]);
  };
  const focusKey = (state: AppState): string => focusIds(state).join(' ');

  /** Looks at an injection site from outside, so its marker and approach arrow face the viewer. */
  const toSite = (id: string, animate = !reducedMotion()): boolean => {
    const anchor = anchors.get(id);
    if (!anchor) return false;
    const { position: p, target: t } = siteViewpoint(anchor);
    track([controls.setLookAt(p.x, p.y, p.z, t.x, t.y, t.z, animate)]);
    return true;
  };

  /** An exact orbit from a link. */
  const toOrbit = (orbit: Orbit, animate: boolean): void => {
    const { position: p, target: t } = orbitPose(orbit);
    track([controls.setLookAt(p[0], p[1], p[2], t[0], t[1], t[2], animate && !reducedMotion())]);
  };

  const toView = (view: ViewName, focus: readonly string[], animate: boolean): void => {
    animate &&= !reducedMotion();
    const azimuth = controls.azimuthAngle + wrapToPi(azimuths[view] - controls.azimuthAngle);
    track([controls.rotateTo(azimuth, PRESET_POLAR, animate), controls.fitToSphere(sphere(focus), animate)]);
  };

  /**
   * Frames a list of structures: one as a selection is framed; a group fitted to its box as seen
   * from the preset asked for, else from the side the group lies on (or the current side).
   */
  const toIds = ({ ids, view }: FrameIds, animate: boolean): void => {
    animate &&= !reducedMotion();
    if (ids.length < 2) {
      if (view) toView(view, ids, animate);
      else toFocus(ids, animate);
      return;
    }
    const side = view ? azimuths[view] : groupAzimuth(root, ids);
    if (side !== null) turned(viewAt(side));
    const azimuth =
      side === null ? controls.azimuthAngle : controls.azimuthAngle + wrapToPi(side - controls.azimuthAngle);
    const s = groupSphere(root, ids, azimuth, PRESET_POLAR);
    s.radius *= fitScale();
    track([controls.rotateTo(azimuth, PRESET_POLAR, animate), controls.fitToSphere(s, animate)]);
  };

  const run = (command: CameraCommand, state: AppState): void => {
    const animate = !reducedMotion();
    if (command.kind === 'view') toView(command.view, focusIds(state), animate);
    else if (command.kind === 'frame') toFocus(focusIds(state));
    else if (command.kind === 'frame-ids') toIds(command, animate);
    else if (command.kind === 'orbit') toOrbit(command.orbit, animate);
    else if (command.kind === 'rotate') {
      track([controls.rotate(-command.direction * ROTATE_STEP, 0, animate)]);
    } else if (command.kind === 'zoom') {
      track([controls.dolly(command.direction * controls.distance * ZOOM_STEP, animate)]);
    }
  };

  const director: Director = {
    start(state, frame) {
      // A frame list asked for before the view was up (a tour step from a link) wins; then the
      // link's camera (an exact orbit, a preset); then an open site's viewpoint; a structure is
      // seen facing it; otherwise the view the store names (or the front).
      if (frame) return toIds(frame, false);
      const ids = focusIds(state);
      if (state.cameraLink.kind === 'orbit') toOrbit(state.cameraLink.orbit, false);
      else if (state.cameraLink.kind === 'view') toView(state.cameraLink.view, ids, false);
      else if (state.site !== null && toSite(state.site, false)) return;
      else if (ids.length > 0 && facing(ids) !== null) toFocus(ids, false);
      else toView(state.view === 'custom' ? 'anterior' : state.view, ids, false);
    },
    onChange(state, prev) {
      // Most changes (the timeline's day, hover) move nothing: leave before any work.
      // The clinical content arriving (issue #10) gives an open condition its structures to frame.
      const arrived = state.contentLoaded && !prev.contentLoaded && state.condition !== null;
      if (
        state.selected === prev.selected &&
        state.condition === prev.condition &&
        state.site === prev.site &&
        !arrived
      ) {
        return;
      }
      // Touching the model selects in place: the user is already looking at it.
      if (held()) return;
      if (state.site !== prev.site && state.site !== null && toSite(state.site)) return;
      if (arrived || focusKey(state) !== focusKey(prev) || (state.site === null && prev.site !== null)) {
        const ids = focusIds(state);
        if (ids.length > 0) toFocus(ids);
        else track([controls.fitToSphere(sphere(ids), !reducedMotion())]);
      }
    },
    run,
    settled: () => motion,
  };
  return director;
};
