import { type Orbit, sameOrbit } from '../lib/camera-url';
import { pushCamera, runtime } from './runtime';
import { type AppState, useStore } from './store';

/**
 * The camera's part of the link (issue #12). The app's own moves name what they did (store.ts:
 * `setView` a preset, framing 'auto'); a move by hand (gesture, turn and zoom buttons) is named by
 * the orbit it comes to rest at, which the scene reports here. Never per frame: only at rest.
 */

/** The scene's camera has come to rest at this orbit (rounded as the link writes it). */
export const cameraRested = (orbit: Orbit): void => {
  const camera = useStore.getState().cameraLink;
  if (!runtime.getState().handMoved && camera.kind !== 'orbit') return;
  runtime.setState({ handMoved: false });
  if (camera.kind === 'orbit' && sameOrbit(camera.orbit, orbit)) return;
  useStore.setState({ cameraLink: { kind: 'orbit', orbit } });
};

/** Goes to an exact orbit (a link's `cam=` put back over a tour step). */
export const setCameraOrbit = (orbit: Orbit): void => {
  runtime.setState({ handMoved: false });
  useStore.setState({ cameraLink: { kind: 'orbit', orbit }, view: 'custom' });
  pushCamera({ kind: 'orbit', orbit });
};

const cardChanged = (s: AppState, prev: AppState): boolean =>
  s.selected !== prev.selected || s.condition !== prev.condition || s.site !== prev.site;

/**
 * What a new card does to the camera's link: a tap on the model selects in place, so the link keeps
 * the orbit the camera is at; a card the app frames is 'auto'; closing every card keeps a preset
 * (the whole knee from that side) and otherwise keeps the side, so the orbit is taken at rest.
 */
const onCardChange = (s: AppState): void => {
  const r = runtime.getState();
  if (r.holdCamera) {
    const orbit = r.orbit?.();
    runtime.setState({ handMoved: true });
    if (orbit) useStore.setState({ cameraLink: { kind: 'orbit', orbit } });
    return;
  }
  if (s.selected === null && s.condition === null && s.site === null) {
    if (s.cameraLink.kind !== 'view') runtime.setState({ handMoved: true });
    return;
  }
  runtime.setState({ handMoved: false });
  if (s.cameraLink.kind !== 'auto') useStore.setState({ cameraLink: { kind: 'auto' } });
};

/** Keeps the camera's link in step with the cards; returns the unsubscribe. */
export const followCardsWithCamera = (): (() => void) =>
  useStore.subscribe((s, prev) => {
    if (cardChanged(s, prev)) onCardChange(s);
  });
