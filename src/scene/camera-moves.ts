import type { CameraControlsImpl } from '@react-three/drei';
import { type Object3D, Vector3 } from 'three';
import { focusIds } from '../state/highlight';
import type { CameraCommand } from '../state/runtime';
import type { AppState, ViewName } from '../state/store';
import { sphereOf } from './framing';
import { type SiteAnchor, siteViewpoint } from './site-anchors';

/** Azimuth of each preset. +X is medial for this right knee, +Z anterior. */
const azimuths: Record<ViewName, number> = {
  anterior: 0,
  medial: Math.PI / 2,
  lateral: -Math.PI / 2,
  posterior: Math.PI,
};
/** Slightly from above, as a clinician looks at a knee on the couch. */
const PRESET_POLAR = Math.PI / 2 - 0.12;
const ROTATE_STEP = Math.PI / 8;
const ZOOM_STEP = 0.25;
/** Within a millimetre of where it is heading, the camera counts as arrived. */
const ARRIVED = 0.001;

const wrapToPi = (a: number): number => Math.atan2(Math.sin(a), Math.cos(a));

export interface Director {
  /** Frames the initial state at once (no easing). */
  start(state: AppState): void;
  /** Reacts to one store change; called synchronously from the store subscription. */
  onChange(state: AppState, prev: AppState): void;
  /** Carries out one queued camera command. */
  run(command: CameraCommand, state: AppState): void;
  /** Resolves when the latest motion has come to rest. */
  settled(): Promise<void>;
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
) => {
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

  const sphere = (ids: readonly string[]) => sphereOf(root, ids);
  const focusKey = (state: AppState): string => focusIds(state).join(' ');

  /** Looks at an injection site from outside, so its marker and approach arrow face the viewer. */
  const toSite = (id: string): boolean => {
    const anchor = anchors.get(id);
    if (!anchor) return false;
    const { position: p, target: t } = siteViewpoint(anchor);
    track([controls.setLookAt(p.x, p.y, p.z, t.x, t.y, t.z, !reducedMotion())]);
    return true;
  };

  const toView = (view: ViewName, focus: readonly string[], animate: boolean): void => {
    animate &&= !reducedMotion();
    const azimuth = controls.azimuthAngle + wrapToPi(azimuths[view] - controls.azimuthAngle);
    track([controls.rotateTo(azimuth, PRESET_POLAR, animate), controls.fitToSphere(sphere(focus), animate)]);
  };

  const run = (command: CameraCommand, state: AppState): void => {
    const animate = !reducedMotion();
    if (command.kind === 'view') toView(command.view, focusIds(state), animate);
    else if (command.kind === 'rotate') {
      track([controls.rotate(-command.direction * ROTATE_STEP, 0, animate)]);
    } else if (command.kind === 'zoom') {
      track([controls.dolly(command.direction * controls.distance * ZOOM_STEP, animate)]);
    }
  };

  const director: Director = {
    start(state) {
      toView(state.view === 'custom' ? 'anterior' : state.view, focusIds(state), false);
    },
    onChange(state, prev) {
      // Most changes (the timeline's day, hover) move nothing: leave before any work.
      if (
        state.selected === prev.selected &&
        state.condition === prev.condition &&
        state.site === prev.site
      ) {
        return;
      }
      if (state.site !== prev.site && state.site !== null && toSite(state.site)) return;
      if (focusKey(state) !== focusKey(prev) || (state.site === null && prev.site !== null)) {
        track([controls.fitToSphere(sphere(focusIds(state)), !reducedMotion())]);
      }
    },
    run,
    settled: () => motion,
  };
  return director;
};
