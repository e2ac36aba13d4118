import { useFrame, useThree } from '@react-three/fiber';
import { useEffect, useMemo, useState } from 'react';
import { type Intersection, type Mesh, type Object3D, Raycaster, Vector3 } from 'three';
import { type Box, labelOrder } from '../lib/label-priority';
import { isDrawn } from '../lib/visibility';
import { labelsShown } from '../state/presentation';
import { type LabelSpot, setLabelSpots } from '../state/runtime';
import { useStore } from '../state/store';
import { isMesh } from './guards';
import { facingPoint, type LabelPoints, labelPoints } from './label-points';
import { pickData } from './picking';

/** Solid tissue this much (m) or more in front of an anchor hides its label: it is behind the knee. */
const OCCLUSION_SLACK = 0.002;

interface Entry {
  mesh: Mesh;
  points: LabelPoints;
}

// Scratch objects for the frame loop: it allocates nothing.
const eye = new Vector3();
const ray = new Vector3();
const projected = new Vector3();
const hits: Intersection[] = [];

/** Is any drawn, solid structure other than `own` among the hits? (A loop: no closure per frame.) */
const hiddenBehindOther = (list: readonly Intersection[], own: Mesh): boolean => {
  for (const h of list) {
    if (h.object !== own && h.object.visible && pickData(h.object)?.seeThrough === false) return true;
  }
  return false;
};

/** Every structure mesh in the knee with its label anchors (computed once per geometry). */
const readEntries = (knee: Object3D | undefined): Map<string, Entry> => {
  const table = new Map<string, Entry>();
  for (const child of knee?.children ?? []) {
    const id = isMesh(child) ? pickData(child)?.structureId : undefined;
    if (id && isMesh(child)) table.set(id, { mesh: child, points: labelPoints(child) });
  }
  return table;
};

/**
 * Projects one anchor per labelled structure after every drawn frame into the runtime store
 * (`labelSpots`), which ui/Labels lays out and draws. Mounted always; works only while labels are
 * shown (the toggle, or explain mode), so it costs nothing otherwise.
 */
export const LabelAnchors = () => {
  const on = useStore(labelsShown);
  return on ? <LabelProjector /> : null;
};

const LabelProjector = () => {
  const scene = useThree((s) => s.scene);
  const camera = useThree((s) => s.camera);
  const size = useThree((s) => s.size);
  const invalidate = useThree((s) => s.invalidate);
  const raycaster = useMemo(() => Object.assign(new Raycaster(), { firstHitOnly: true }), []);
  // The knee's meshes are in the scene once the model has committed: read them after mount.
  const [table, setTable] = useState<Map<string, Entry>>(() => new Map());
  useEffect(() => setTable(readEntries(scene.getObjectByName('knee'))), [scene]);
  const boxes = useMemo(() => {
    const out = new Map<string, Box>();
    for (const [id, e] of table) out.set(id, e.points.box);
    return out;
  }, [table]);
  // Which structures to label, most important first; recomputed when the store changes, not per frame.
  const orderKey = useStore((s) => labelOrder(s, boxes).join(' '));
  const spots = useMemo<LabelSpot[]>(
    () => (orderKey ? orderKey.split(' ').map((id) => ({ id, x: 0, y: 0, visible: false })) : []),
    [orderKey],
  );

  // biome-ignore lint/correctness/useExhaustiveDependencies: a new set of spots needs a frame to place them
  useEffect(() => invalidate(), [spots, invalidate]);
  useEffect(() => () => setLabelSpots([]), []);

  useFrame(() => {
    const knee = scene.getObjectByName('knee');
    const state = useStore.getState();
    camera.getWorldPosition(eye);
    for (const spot of spots) {
      const entry = table.get(spot.id);
      spot.visible = false;
      if (!entry?.mesh.visible || !isDrawn(state, spot.id)) continue;
      const point = facingPoint(entry.points, eye);
      projected.copy(point).project(camera);
      spot.x = ((projected.x + 1) / 2) * size.width;
      spot.y = ((1 - projected.y) / 2) * size.height;
      if (projected.z >= 1 || Math.abs(projected.x) > 1 || Math.abs(projected.y) > 1) continue;
      ray.copy(point).sub(eye);
      const distance = ray.length();
      raycaster.set(eye, ray.normalize());
      raycaster.far = Math.max(0, distance - OCCLUSION_SLACK);
      hits.length = 0;
      if (knee) raycaster.intersectObjects(knee.children, false, hits);
      spot.visible = !hiddenBehindOther(hits, entry.mesh);
    }
    setLabelSpots(spots);
  });
  return null;
};
