/**
 * Measurements and landmarks ONLY, in mm, in the reference right-knee frame of
 * ../shared/reference/morphometry.md §8a: origin = tibial plateau centre at the joint line (JL),
 * +X medial, +Y proximal, +Z anterior. Keys in comments ([F1], [A1]...) resolve in
 * morphometry.md / clinical.md. Values marked "model" are modelling choices, not measurements.
 */
import type { Vec3 } from './geometry/vec';

export const femur = {
  epicondylarWidth: 88.6, // [F1] men
  medialEpicondyle: [44.3, 29.0, 9.6] as Vec3, // §8c [F13][F16]
  lateralEpicondyle: [-44.3, 26.3, 4.1] as Vec3, // §8c [F13][F16][F17]
  adductorTubercle: [40, 49.4, 2.7] as Vec3, // §8c [F13]
  medialCondyleCentre: [24.4, 21, -5] as Vec3, // posterior sphere r 20, §8c [F1][F2][F19]
  lateralCondyleCentre: [-25.1, 23, -1] as Vec3, // §8c
  condyleRadius: 20, // §8b [O1][F3]
  medialDistalArcRadius: 30, // §8b [F6]
  condyleHalfWidth: { medial: 13.4, lateral: 14.05 }, // articular widths 26.7 / 28.1 [F2]
  trochlearGroove: [0, 20, 32.1] as Vec3, // §8c [F27][F28]
  facetCrest: { medialZ: 36.1, lateralZ: 40.1 }, // §8c [F1]
  notchWidth: 22.0, // [F1]
  notchRoof: [0, 29.8, -8] as Vec3, // §8c [F1]
  shaftAxisPoint: [0, 40, 15] as Vec3, // §8c [F24][F18]
  shaftAxisLean: -0.105, // sin 6°, lateral going up [F24]
  shaftRadii: { ml: 15, ap: 14 }, // 30 × 28, UNCONFIRMED working value [F26]
  top: 150, // shown length above the JL (brief)
};

export const tibia = {
  halfWidth: 40.15, // ML 80.3 [T1] men
  medialPlateau: { x: 20, halfAp: 27.15, halfMl: 20.2, top: -3 }, // [T1], §8c (bone, cartilage adds 2)
  lateralPlateau: { x: -21, halfAp: 21.75, halfMl: 19.2, top: -1 }, // [T1]
  slope: { medial: 0.103, lateral: 0.077 }, // tan 5.9°, tan 4.4° [T3]
  eminence: { medial: [5, 4, -3] as Vec3, lateral: [-6, 5, -3] as Vec3 }, // §8c UNCONFIRMED heights
  tuberosity: [-6.3, -30.7, 36] as Vec3, // [T10] men, [O4]
  patellarTendonInsertion: [-7, -33, 31] as Vec3, // distal tuberosity, §8c note
  gerdy: [-36, -10, 22] as Vec3, // [T12][T13][T14]
  bottom: -120, // shown length below the JL (brief)
  shaftRadii: { ml: 12.5, ap: 15 }, // 25 × 30 at −100, UNCONFIRMED
};

export const fibula = {
  headCentre: [-34, -27, -16] as Vec3, // §8c [F11][O4]
  headRadius: 13, // head ≈ 26 wide [T20]
  apex: [-35, -12.6, -26] as Vec3, // styloid tip [F11][O4]
  shaftPoint: [-29, -68, -21] as Vec3, // [O4]
  neckRadius: 7.5, // 15 [O4]
  shaftRadius: 6, // 12 [O4]
};

export const patella = {
  // Lower pole raised to ~13.5 above the JL per the §8c note so the tendon is ~45 long [P7][F11].
  centre: [-1, 30.7, 47] as Vec3,
  width: 44.8, // [P1]
  height: 34.4, // [P1]
  thickness: 22.4, // [P1]
  ridgeFromLateral: 0.54, // [P3]
};

export const cartilage = { femur: 2, tibia: 2, patella: 3 }; // [C1][F18][P3]

export const meniscus = {
  medial: {
    centre: [20, -1, -1] as Vec3, // bottom on the tibial cartilage §8d
    semiAxes: { ml: 10.5, ap: 15.5 }, // centreline; AP extent ≈ 40 [M3][O5]
    hornAngle: 125, // degrees from the peripheral direction; horns ≈ 24 apart [M2]
    width: { anterior: 10.5, body: 7.8, posterior: 13.9 }, // [M1]
    height: { anterior: 6.3, body: 5.2, posterior: 6.9 }, // [M1]
  },
  lateral: {
    centre: [-21, 1, -1] as Vec3,
    semiAxes: { ml: 11, ap: 11 }, // near-circular, AP ≈ 30 [M3][O5]
    hornAngle: 150, // horns ≈ 11 apart [M2]
    width: { anterior: 11.8, body: 8.6, posterior: 12.0 }, // [M1]
    height: { anterior: 4.8, body: 6.4, posterior: 7.0 }, // [M1]
  },
};
