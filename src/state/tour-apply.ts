import { isStructureId } from '../content/structures';
import type { TourStep } from '../content/tour-schema';
import { getCondition, getSite } from './clinical';
import { open } from './navigation';
import { type CardRef, frameFocus, frameStructures, setView, startLayers, useStore } from './store';
import { pause, setDay, setSchedule } from './timeline';

/** The card a step opens (ids the content does not know are left out: the tours' tests name them). */
export const stepCards = (step: TourStep): CardRef => ({
  selected: step.select && isStructureId(step.select) ? step.select : null,
  condition: step.condition && getCondition(step.condition) ? step.condition : null,
  site: step.site && getSite(step.site) ? step.site : null,
});

/**
 * Puts one step on screen: layers (those it leaves out are shown), site markers, the timeline (a step
 * without one shows day 0), the card, and the camera. Every step sets all of these, so a step looks
 * the same whichever way it is reached (next, previous, a link). Card changes go through
 * navigation's `open` without a Back entry; the camera follows the store as it does for any door:
 * a site is seen from its own viewpoint, anything else from the step's preset (or, without one, from
 * the side the structure faces), framing the step's structure or condition.
 */
export const applyStep = (step: TourStep): void => {
  useStore.setState({
    layers: { ...startLayers(), ...step.layers },
    allSites: step.allSites ?? false,
    isolate: false,
  });
  pause();
  if (step.timeline) setSchedule(step.timeline.schedule);
  setDay(step.timeline?.day ?? 0);

  const cards = stepCards(step);
  // The same site again (after a turn by hand, say): close and reopen it, so the camera aims again.
  if (cards.site !== null && useStore.getState().site === cards.site) open({ ...cards, site: null }, false);
  open(cards, false);
  if (cards.site !== null) return;

  // The step's own frame list wins over its card's structure or condition.
  const { camera } = step;
  if ('frame' in camera) frameStructures(camera.frame, camera.view);
  else if (camera.view) setView(camera.view);
  else frameFocus();
};
