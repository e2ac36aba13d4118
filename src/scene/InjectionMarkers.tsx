import { useFrame, useThree } from '@react-three/fiber';
import { useEffect, useMemo } from 'react';
import { type Intersection, Quaternion, Raycaster, Vector3 } from 'three';
import { declutterInPlace } from '../lib/declutter';
import { shownSiteIds } from '../lib/site-markers';
import { loadedContent } from '../state/content-registry';
import { type MarkerSpot, setMarkers } from '../state/runtime';
import { useStore } from '../state/store';
import { useAnchors } from './KneeModel';
import { pickData } from './picking';
import type { SiteAnchor } from './site-anchors';

/**
 * Tissue this much (or more) in front of the anchor hides it: the far side of the knee does (80 mm
 * and more), but a tendon or ligament lying over a deep target (the needle passes through it) does
 * not: the quadriceps tendon lies about 15 mm in front of the suprapatellar recess (IA-4) along an
 * oblique line of sight. (A BVH quirk with the old position encoding used to miss that tendon.)
 */
const OCCLUSION_SLACK = 0.018;
const Z = new Vector3(0, 0, 1);
/** Visible markers nearer than this (CSS px) are nudged apart so each stays clickable. */
const MARKER_GAP = 30;

/** A short needle-direction arrow: from outside along the normal, its tip at the skin-side surface. */
const ApproachArrow = ({ anchor }: { anchor: SiteAnchor }) => {
  const quaternion = useMemo(() => new Quaternion().setFromUnitVectors(Z, anchor.normal), [anchor]);
  return (
    <group position={anchor.position} quaternion={quaternion} name="approach-arrow">
      <mesh position={[0, 0, 0.0065]} rotation={[-Math.PI / 2, 0, 0]} renderOrder={3}>
        <coneGeometry args={[0.003, 0.009, 20]} />
        <meshBasicMaterial color="#1b5fae" depthTest={false} transparent opacity={0.95} />
      </mesh>
      <mesh position={[0, 0, 0.021]} rotation={[Math.PI / 2, 0, 0]} renderOrder={3}>
        <cylinderGeometry args={[0.0011, 0.0011, 0.022, 12]} />
        <meshBasicMaterial color="#1b5fae" depthTest={false} transparent opacity={0.95} />
      </mesh>
    </group>
  );
};

// Scratch objects for the frame loop: it allocates nothing.
const eye = new Vector3();
const ray = new Vector3();
const projected = new Vector3();
const hits: Intersection[] = [];
const visible: MarkerSpot[] = [];

/** Is any solid, drawn tissue among the hits? (A loop, not .some(): no closure per frame.) */
const solidHit = (list: readonly Intersection[]): boolean => {
  for (const h of list) if (h.object.visible && pickData(h.object)?.seeThrough === false) return true;
  return false;
};

/**
 * Injection sites: projects each shown anchor after every drawn frame (the DOM overlay draws the
 * numbered buttons there) and checks by raycast whether tissue hides it; draws the open site's arrow.
 */
export const InjectionMarkers = () => {
  const anchors = useAnchors();
  const scene = useThree((s) => s.scene);
  const camera = useThree((s) => s.camera);
  const size = useThree((s) => s.size);
  const invalidate = useThree((s) => s.invalidate);
  const openSite = useStore((s) => s.site);
  // No markers until the clinical content has loaded (`contentLoaded` re-runs this selector then).
  const shownKey = useStore((s) => {
    const content = s.contentLoaded ? loadedContent() : null;
    return content ? shownSiteIds(content.sites, s, content.getCondition).join(' ') : '';
  });
  const raycaster = useMemo(() => Object.assign(new Raycaster(), { firstHitOnly: true }), []);
  // One reusable spot per shown marker, rebuilt only when the set of markers changes.
  const spots = useMemo<MarkerSpot[]>(
    () =>
      shownKey
        ? shownKey.split(' ').map((id) => ({ id, x: 0, y: 0, inView: false, front: false, distance: 0 }))
        : [],
    [shownKey],
  );

  // A change of markers (or of what hides them) needs a frame even when the camera is still.
  // biome-ignore lint/correctness/useExhaustiveDependencies: spots and openSite are the triggers
  useEffect(() => invalidate(), [spots, openSite, invalidate]);
  useEffect(() => {
    return useStore.subscribe((s, prev) => {
      if (s.layers !== prev.layers || s.isolate !== prev.isolate) invalidate();
    });
  }, [invalidate]);
  useEffect(() => () => setMarkers([]), []);

  useFrame(() => {
    const knee = scene.getObjectByName('knee');
    camera.getWorldPosition(eye);
    visible.length = 0;
    for (const spot of spots) {
      const anchor = anchors.get(spot.id);
      if (!anchor) continue;
      projected.copy(anchor.position).project(camera);
      spot.x = ((projected.x + 1) / 2) * size.width;
      spot.y = ((1 - projected.y) / 2) * size.height;
      spot.inView = projected.z < 1 && Math.abs(projected.x) <= 1 && Math.abs(projected.y) <= 1;
      ray.copy(anchor.position).sub(eye);
      spot.distance = ray.length();
      raycaster.set(eye, ray.normalize());
      raycaster.far = Math.max(0, spot.distance - OCCLUSION_SLACK);
      hits.length = 0;
      if (knee) raycaster.intersectObjects(knee.children, false, hits);
      spot.front = !solidHit(hits);
      if (spot.inView && spot.front) visible.push(spot);
    }
    declutterInPlace(visible, MARKER_GAP);
    setMarkers(spots);
  });

  // The open site's arrow goes with its marker (a hidden layer or isolate hides both).
  const arrowAnchor = openSite && spots.some((s) => s.id === openSite) ? anchors.get(openSite) : undefined;
  return arrowAnchor ? <ApproachArrow anchor={arrowAnchor} /> : null;
};
