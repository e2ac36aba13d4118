/**
 * Distal femur SDF: shaft loft flaring into two condyles (posterior spheres + longer distal/anterior
 * ellipsoids), epicondyles, adductor tubercle, then the notch and trochlear groove carved out.
 */
import { femur as F } from '../anatomy';
import { loft } from '../geometry/loft';
import { ellipsoid, roundBox, roundCone, type Sdf, smax, union } from '../geometry/sdf';
import type { Vec3 } from '../geometry/vec';

const shaftX = (y: number): number => F.shaftAxisPoint[0] + F.shaftAxisLean * (y - F.shaftAxisPoint[1]);

const shaft = loft(
  [
    { y: 35, x: 0, z: 8, rx: 37, rz: 25 },
    { y: 62, x: shaftX(62) * 0.7, z: 12, rx: 27, rz: 19 },
    { y: 100, x: shaftX(100), z: 15, rx: F.shaftRadii.ml + 1, rz: F.shaftRadii.ap + 0.5 },
    { y: F.top, x: shaftX(F.top), z: 15, rx: F.shaftRadii.ml, rz: F.shaftRadii.ap },
  ],
  3,
);

/** One condyle: posterior (flexion) sphere blended with a longer distal-anterior ellipsoid. */
const condyle = (c: Vec3, halfWidth: number, anteriorZ: number, distalRadius: number): Sdf => {
  const r = F.condyleRadius;
  const post = ellipsoid(c, [halfWidth + 2, r, r]);
  const zMid = (c[2] - r + anteriorZ) / 2;
  const front = ellipsoid(
    // flatter distal arc for a larger extension-facet radius [F6]; lower top so the side view is a
    // long, low condyle rather than a bulb
    [c[0], c[1] - 1 + (distalRadius - r) * 0.1, zMid],
    [halfWidth + 3, r - 1 + (distalRadius - r) * 0.1, (anteriorZ - (c[2] - r)) / 2],
  );
  return union(4, post, front);
};

const medialCondyle = condyle(F.medialCondyleCentre, F.condyleHalfWidth.medial, F.facetCrest.medialZ, 30);
const lateralCondyle = condyle(F.lateralCondyleCentre, F.condyleHalfWidth.lateral, F.facetCrest.lateralZ, 24);

/** Anterior bridge between the condyles that carries the trochlea (patellar surface). */
const trochlea = ellipsoid([-2, 27, 17], [31, 21, 21]);

const epicondyles = union(
  5,
  ellipsoid([F.medialEpicondyle[0] - 8.5, F.medialEpicondyle[1], F.medialEpicondyle[2]], [6, 11, 12]),
  ellipsoid([F.lateralEpicondyle[0] + 8.5, F.lateralEpicondyle[1], F.lateralEpicondyle[2]], [6, 10, 11]),
  ellipsoid([F.adductorTubercle[0] - 9, F.adductorTubercle[1] - 2, F.adductorTubercle[2]], [4, 12, 8]),
);

const halfNotch = F.notchWidth / 2;
/** Notch: open distally and posteriorly, roof at notchRoof, closing off against the trochlea. */
const notch: Sdf = (p) => {
  // arched (inverted U) from behind; the roof slopes down anteriorly (Blumensaat line)
  const roof = F.notchRoof[1] - 0.35 * Math.max(0, p[2] - F.notchRoof[2]);
  return roundBox([0, roof - 24, -13], [halfNotch, 24, 21], halfNotch - 0.5)(p);
};

/** Trochlear groove: a tilted round cone pressed into the anterior surface between the facets. */
const GR = 14;
const groove = roundCone([-3, 50, F.trochlearGroove[2] - 2 + GR], [0, 10, F.trochlearGroove[2] + GR], GR, GR);

const raw = union(10, shaft, union(6, medialCondyle, lateralCondyle, trochlea), epicondyles);

export const femurSdf: Sdf = (p) => {
  let d = raw(p);
  d = smax(d, -notch(p), 2.5);
  d = smax(d, -groove(p), 3);
  return d;
};

export const femurBounds = { min: [-60, -4, -32] as Vec3, max: [55, F.top + 1, 48] as Vec3 };
