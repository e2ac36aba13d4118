import { type Object3D, Quaternion, Vector3 } from 'three';
import { type Caution, type CautionTable, parseCautions } from '../lib/cautions';

/** An injection-site anchor from knee.glb: a point on the target's surface and its outward normal. */
export interface SiteAnchor {
  id: string;
  target: string;
  position: Vector3;
  normal: Vector3;
  /** Nerves and vessels near its needle path, nearest first (the generator measured them). */
  cautions: readonly Caution[];
}

/** Read once per loaded model, however many components ask. */
const read = new WeakMap<Object3D, Map<string, SiteAnchor>>();

const isVec3 = (v: unknown): v is [number, number, number] =>
  Array.isArray(v) && v.length === 3 && v.every((n) => typeof n === 'number' && Number.isFinite(n));

/**
 * Reads the `site:<id>` nodes (mesh-less; glTF extras land in userData: site, target, normal).
 * GLTFLoader strips ':' from node names, so the extras are the contract. Missing anchors simply
 * mean no marker for that site.
 */
export const readAnchors = (root: Object3D): ReadonlyMap<string, SiteAnchor> => {
  const cached = read.get(root);
  if (cached) return cached;
  root.updateMatrixWorld(true);
  const anchors = new Map<string, SiteAnchor>();
  root.traverse((o) => {
    const data = o.userData as { site?: unknown; target?: unknown; normal?: unknown; cautions?: unknown };
    if (typeof data.site !== 'string') return;
    const position = o.getWorldPosition(new Vector3());
    const normal = isVec3(data.normal)
      ? new Vector3(...data.normal)
      : new Vector3(0, 0, 1).applyQuaternion(o.getWorldQuaternion(new Quaternion()));
    anchors.set(data.site, {
      id: data.site,
      target: typeof data.target === 'string' ? data.target : '',
      position,
      normal: normal.normalize(),
      cautions: parseCautions(data.cautions),
    });
  });
  read.set(root, anchors);
  return anchors;
};

/** Every site's cautions, as the store keeps them (state/cautions.ts). */
export const cautionTable = (anchors: ReadonlyMap<string, SiteAnchor>): CautionTable =>
  Object.fromEntries([...anchors.values()].map((a) => [a.id, a.cautions]));

const UP = new Vector3(0, 1, 0);

/**
 * A camera pose that shows a site and its approach arrow: from outside, along the normal but turned
 * a little sideways and from above, so the arrow is seen from the side rather than end-on.
 */
export const siteViewpoint = (anchor: SiteAnchor, distance = 0.2): { position: Vector3; target: Vector3 } => {
  const n = anchor.normal;
  const side = new Vector3().crossVectors(UP, n);
  if (side.lengthSq() < 0.01) side.set(1, 0, 0);
  side.normalize();
  // Turn away from the knee's midline, so the view does not cross the tissue beside the site.
  if (side.dot(new Vector3(anchor.position.x, 0, anchor.position.z)) < 0) side.negate();
  const dir = n.clone().addScaledVector(side, 0.45).addScaledVector(UP, 0.3).normalize();
  return {
    position: anchor.position.clone().addScaledVector(dir, distance),
    target: anchor.position.clone(),
  };
};
