/**
 * Distal femur SDF. Each condyle is a sagittal profile extruded mediolaterally with rounded edges:
 * a posterior (flexion) circle r 20 and a flatter distal (extension) arc (medial R 30, lateral ~24)
 * [F4][F6], so the condyles are long front to back (~61 deep [F1]) rather than balls. Two anterior
 * facet bodies carry the trochlea, the lateral one higher (more anterior) [F28]; the shaft loft
 * flares into them; epicondyles are broad low swellings, the adductor tubercle a low bump; notch and groove are
 * carved with smooth subtraction.
 */
import { femur as F } from '../anatomy';
import { loft } from '../geometry/loft';
import { ellipsoid, roundBox, roundCone, type Sdf, smax, smin, union } from '../geometry/sdf';
import type { Vec3 } from '../geometry/vec';

const shaftX = (y: number): number => F.shaftAxisPoint[0] + F.shaftAxisLean * (y - F.shaftAxisPoint[1]);

const shaft = loft(
  [
    { y: 32, x: 0.5, z: 5, rx: 35, rz: 22.5 },
    { y: 64, x: shaftX(64) * 0.7, z: 11, rx: 27, rz: 19 },
    { y: 100, x: shaftX(100), z: 15, rx: F.shaftRadii.ml + 1, rz: F.shaftRadii.ap + 0.5 },
    { y: F.top, x: shaftX(F.top), z: 15, rx: F.shaftRadii.ml, rz: F.shaftRadii.ap },
  ],
  3,
);

/**
 * One condyle. Sagittal (z, y) profile: posterior circle r about `centre`, smooth-unioned with a
 * distal arc of radius R sharing the lowest point, used only in front of it and below `top`.
 * Extruded over |x − cx| ≤ halfWidth with edges rounded by `round`.
 */
const condyle = (c: Vec3, halfWidth: number, distalRadius: number, round: number): Sdf => {
  const r = F.condyleRadius;
  const [cx, cy, cz] = c;
  const low = cy - r;
  return (p) => {
    const z = p[2] - cz;
    const post = Math.hypot(z, p[1] - cy) - r;
    const distal = Math.max(Math.hypot(z, p[1] - (low + distalRadius)) - distalRadius, -z, p[1] - (cy + 8));
    const d2 = smin(post, distal, 3) + round;
    const dx = Math.abs(p[0] - cx) - halfWidth + round;
    return Math.hypot(Math.max(d2, 0), Math.max(dx, 0)) + Math.min(Math.max(d2, dx), 0) - round;
  };
};

const medialCondyle = condyle(F.medialCondyleCentre, 14.5, F.medialDistalArcRadius, 9.5);
const lateralCondyle = condyle(F.lateralCondyleCentre, 14.8, 24, 9.5);

/** Anterior facet bodies (patellar surface): crests at z 36.1 medial / 40.1 lateral [F1][F28]. */
const facets = union(
  5,
  ellipsoid([21, 25, F.facetCrest.medialZ - 17], [15, 21, 17]),
  ellipsoid([-21, 27, F.facetCrest.lateralZ - 19], [17, 23, 19]),
  ellipsoid([-1, 27, 15], [24, 21, 20]), // bridge under the groove
);

const ME = F.medialEpicondyle;
const LE = F.lateralEpicondyle;
const AT = F.adductorTubercle;
/** Broad, low epicondyles; the adductor tubercle is a low swelling at the end of the medial
 * supracondylar ridge, which fades into the shaft above. */
const bumps = union(
  10,
  ellipsoid([ME[0] - 9.5, ME[1], ME[2] - 1], [8, 15, 15]),
  ellipsoid([LE[0] + 9.5, LE[1], LE[2] - 1], [8, 13, 14]),
  ellipsoid([AT[0] - 10.5, AT[1] - 3, AT[2] - 2], [6, 9, 8]),
  roundCone([AT[0] - 11, AT[1] - 4, AT[2] - 2], [AT[0] - 17, AT[1] + 22, AT[2] + 3], 4, 1),
);

const halfNotch = F.notchWidth / 2;
/** Notch: open distally and posteriorly, roof at notchRoof, closing off against the trochlea. */
const notch: Sdf = (p) => {
  // arched (inverted U) from behind; the roof slopes down anteriorly (Blumensaat line)
  const roof = F.notchRoof[1] - 0.35 * Math.max(0, p[2] - F.notchRoof[2]);
  return roundBox([0, roof - 24, -13], [halfNotch, 24, 21], halfNotch - 0.5)(p);
};

/** Trochlear groove: a tilted round cone pressed into the anterior surface between the facets. */
const GR = 16;
const groove = roundCone([-4, 56, F.trochlearGroove[2] - 1 + GR], [0, 8, F.trochlearGroove[2] + GR], GR, GR);

const condyles = union(6, medialCondyle, lateralCondyle, facets);
const raw = union(9, union(10, shaft, condyles), bumps);

export const femurSdf: Sdf = (p) => {
  let d = raw(p);
  d = smax(d, -notch(p), 2.5);
  d = smax(d, -groove(p), 3);
  return d;
};

export const femurBounds = { min: [-60, -4, -32] as Vec3, max: [55, F.top + 1, 48] as Vec3 };
