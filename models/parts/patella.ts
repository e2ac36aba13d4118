/**
 * Patella SDF: a rounded shield, wider above than at the apex (inferior pole), with a flat anterior
 * face and a posterior median ridge splitting a wider lateral and a narrower medial facet [P1][P3][P5].
 */
import { patella as P } from '../anatomy';
import { type Sdf, smax } from '../geometry/sdf';
import { normalize, type Vec3 } from '../geometry/vec';

const [cx, cy, cz] = P.centre;
const rx = P.width / 2;
const ry = P.height / 2;
const rz = P.thickness / 2;
// ridge sits at 54% of the width from the lateral (−X) border
const ridgeX = cx - rx + P.ridgeFromLateral * P.width;
const lateralFacet = normalize([-0.42, 0.05, -1]);
const medialFacet = normalize([0.3, 0.05, -1]); // flatter, to sit on the medial trochlear facet

const facetPlane = (n: Vec3): Sdf => {
  const back = cz - rz * 1.1 + 2.3; // planes pass just in front of the ridge so it stays prominent
  return (p) => n[0] * (p[0] - ridgeX) + n[1] * (p[1] - cy) + n[2] * (p[2] - back);
};

const body: Sdf = (p) => {
  const t = (p[1] - cy) / ry; // −1 at the apex, +1 at the base
  const w = rx * (0.98 + 0.2 * Math.max(-1, Math.min(1, t)));
  const x = (p[0] - cx) / w;
  const y = (p[1] - cy) / ry;
  // anterior face flatter (superellipse, n = 3) than the rounded posterior half
  const front = p[2] > cz;
  const z = (p[2] - cz) / (front ? rz * 0.92 : rz * 1.1);
  const n = front ? 3 : 2;
  const k = (Math.hypot(x, y) ** n + Math.abs(z) ** n) ** (1 / n);
  return (k - 1) * Math.min(w, ry, rz) * 0.9;
};

const lat = facetPlane(lateralFacet);
const med = facetPlane(medialFacet);

export const patellaSdf: Sdf = (p) => smax(smax(body(p), lat(p), 2), med(p), 2);

export const patellaBounds = {
  min: [cx - rx - 3, cy - ry - 3, cz - rz - 3] as Vec3,
  max: [cx + rx + 3, cy + ry + 3, cz + rz + 3] as Vec3,
};
