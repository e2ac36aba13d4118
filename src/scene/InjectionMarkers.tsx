import { useFrame, useThree } from '@react-three/fiber';
import { useEffect, useMemo } from 'react';
import { Quaternion, Raycaster, Vector3 } from 'three';
import { getCondition, sites } from '../content';
import { declutter } from '../lib/declutter';
import { shownSiteIds } from '../lib/site-markers';
import { type MarkerSpot, setMarkerSpots } from '../state/marker-screen';
import { useStore } from '../state/store';
import { useKnee } from './KneeModel';
import { pickData } from './picking';
import { readAnchors, type SiteAnchor } from './site-anchors';

/**
 * Tissue this much (or more) in front of the anchor hides it: the far side of the knee does, but a
 * tendon or ligament lying over a deep target (the needle passes through it) does not.
 */
const OCCLUSION_SLACK = 0.012;
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

/**
 * Injection sites: projects each shown anchor after every drawn frame (the DOM overlay draws the
 * numbered buttons there) and checks by raycast whether tissue hides it; draws the open site's arrow.
 */
export const InjectionMarkers = () => {
  const { scene: gltf } = useKnee();
  const anchors = useMemo(() => readAnchors(gltf), [gltf]);
  const scene = useThree((s) => s.scene);
  const camera = useThree((s) => s.camera);
  const gl = useThree((s) => s.gl);
  const invalidate = useThree((s) => s.invalidate);
  const openSite = useStore((s) => s.site);
  const shown = useStore((s) => shownSiteIds(sites, s, getCondition).join(' '));
  const raycaster = useMemo(() => Object.assign(new Raycaster(), { firstHitOnly: true }), []);

  // A change of markers (or of what hides them) needs a frame even when the camera is still.
  // biome-ignore lint/correctness/useExhaustiveDependencies: shown and openSite are the triggers
  useEffect(() => invalidate(), [shown, openSite, invalidate]);
  useEffect(() => {
    return useStore.subscribe((s, prev) => {
      if (s.layers !== prev.layers || s.isolate !== prev.isolate) invalidate();
    });
  }, [invalidate]);
  useEffect(() => () => setMarkerSpots([]), []);

  useFrame(() => {
    if (!shown) {
      setMarkerSpots([]);
      return;
    }
    const knee = scene.getObjectByName('knee');
    const rect = gl.domElement.getBoundingClientRect();
    const eye = camera.getWorldPosition(new Vector3());
    const spots: MarkerSpot[] = [];
    for (const id of shown.split(' ')) {
      const anchor = anchors.get(id);
      if (!anchor) continue;
      const p = anchor.position.clone().project(camera);
      const x = ((p.x + 1) / 2) * rect.width;
      const y = ((1 - p.y) / 2) * rect.height;
      const inView = p.z < 1 && Math.abs(p.x) <= 1 && Math.abs(p.y) <= 1;
      const toAnchor = anchor.position.clone().sub(eye);
      const distance = toAnchor.length();
      raycaster.set(eye, toAnchor.normalize());
      raycaster.far = Math.max(0, distance - OCCLUSION_SLACK);
      const hits = knee ? raycaster.intersectObjects(knee.children, false) : [];
      const front = !hits.some((h) => h.object.visible && pickData(h.object)?.seeThrough === false);
      spots.push({
        distance,
        id,
        x,
        y,
        inView,
        front,
        pageLeft: rect.left + window.scrollX,
        pageTop: rect.top + window.scrollY,
      });
    }
    const visible = spots.filter((s) => s.inView && s.front);
    declutter(visible, MARKER_GAP).forEach((p, i) => {
      const spot = visible[i];
      if (spot) Object.assign(spot, p);
    });
    setMarkerSpots(spots);
  });

  // The open site's arrow goes with its marker (a hidden layer or isolate hides both).
  const arrowAnchor = openSite && shown.split(' ').includes(openSite) ? anchors.get(openSite) : undefined;
  return arrowAnchor ? <ApproachArrow anchor={arrowAnchor} /> : null;
};
