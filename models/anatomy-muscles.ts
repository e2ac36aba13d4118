/**
 * Muscle bellies round the knee (issue #13): data ONLY, mm, in the frame of anatomy.ts (+X medial,
 * +Y proximal, +Z anterior, right knee). Each belly is cut at CUT (anatomy-neighbours.ts) and ends on
 * its existing tendon (parts/tendons.ts). Centrelines, widths and thicknesses follow
 * docs/reference/neighbours-soft-tissue.md Part 2; keys in brackets resolve in
 * src/content/sources-soft-tissue.ts. Widths and thicknesses that no source gives are MODEL values
 * (marked so). parts/muscles.ts pushes each centreline clear of bone.
 */
import type { Vec3 } from './geometry/vec';

export interface BellySpec {
  /** proximal (cut or origin) → distal (where the tendon takes over), mm */
  readonly path: readonly Vec3[];
  /** width profile (evenly spaced along the belly), mm */
  readonly width: readonly number[];
  /** thickness profile (off the bone), mm */
  readonly thickness: readonly number[];
  /** gap between the belly and bone, mm */
  readonly clearance: number;
}

export const bellies = {
  // A teardrop: the belly runs from the top cut down and forward, bulging medially at y 55–80, and
  // its oblique (VMO) fibres reach the upper half of the medial patellar border (upper pole y 47.9)
  // at ~48° to the femoral axis (46–56° [rajput-2017-vastus-medialis]; 54.8° at the upper patellar
  // border [vergara-vastus-medialis]); muscular to within a few mm of the patella
  // [vm-insertion-posterior-view][smith-2009-vm-attachment][grob-2016-quadriceps-tendon].
  // Widths and thicknesses MODEL (teardrop widest at y 60–80).
  'vastus-medialis': {
    path: [
      [22, 100, 33],
      [30, 81, 31],
      [33, 65, 31],
      [29, 55, 38],
      [20, 45, 47],
    ],
    width: [40, 46, 48, 34, 22],
    thickness: [20, 24, 24, 15, 6],
    clearance: 1,
  },
  // A long lateral belly from the top cut to the superolateral patellar rim and the lateral
  // quadriceps tendon (y ≈ 50, 5 mm above the VM's end: the pouch rises higher under the VM)
  // [grob-2016-quadriceps-tendon][bevilaqua-grossi-2004-vlo][holden-landmarks-knee];
  // widths and thicknesses MODEL, the thickness limited by the ITB lateral to it.
  'vastus-lateralis': {
    path: [
      [-35, 100, 15],
      [-38, 80, 16],
      [-31, 62, 30],
      [-21, 50, 46],
    ],
    width: [44, 42, 32, 14],
    thickness: [20, 18, 14, 6],
    clearance: 1,
  },
  // Its fibres end 65–90 mm above the superior pole (DERIVED, y ≈ 113–138; the heads converge in
  // the distal third of the thigh), so below that it is the quadriceps tendon's superficial lamina
  // (15.3 wide 4.8 above the patella) [rectus-femoris-tendon-2012][elsevier-quadriceps-tendon]
  // [grob-2016-quadriceps-tendon]. The belly lies on the tendon's front from its top (CUT.rectusAbove)
  // down to y 116, above the skin's cut (the research's suggestion). Widths and thicknesses MODEL.
  'rectus-femoris': {
    path: [
      [-12, 150, 56],
      [-10, 134, 55],
      [-7, 116, 52],
    ],
    width: [40, 34, 14],
    thickness: [18, 12, 4],
    clearance: 11,
  },
  // Muscular distally (short pennate fibres; a 10–12 cm transition) down to y ≈ 38, the upper
  // condyles, covering its tendon from the cut [msk-radiology-hamstrings][demaeseneer-2014-semimembranosus].
  // Widths and thicknesses MODEL.
  'semimembranosus-muscle': {
    path: [
      [18, 100, -21],
      [24, 70, -24],
      [30, 50, -28],
      [31, 38, -26.6],
    ],
    width: [34, 32, 24, 12],
    thickness: [26, 24, 16, 8],
    clearance: 1,
  },
  // Long + short head as one belly; the short head's origin runs to within 5 cm of the lateral
  // condyle and its fibres reach lower than the long head's, to the tendon at y ≈ 32
  // [grays-posterior-femoral-muscles][artanatomy-biceps-femoris]. Widths and thicknesses MODEL.
  'biceps-femoris-muscle': {
    path: [
      [-32, 100, -22],
      [-38, 75, -20],
      [-42, 55, -18],
      [-47, 32, -20.5],
    ],
    width: [36, 32, 26, 12],
    thickness: [28, 22, 16, 8],
    clearance: 1,
  },
  // From the origin tendon down past the cut. The heads are 23 / 20.5 cm long and 5.5 / 4.2 cm at
  // most wide [gastrocnemius-anatomia-2024], so both are still near full width at −100; the medial
  // head is thicker and reaches lower [imaios-gastrocnemius-grays][artanatomy-gastrocnemius]. Widths
  // kept below the maxima so the heads meet, not overlap, at the midline raphe; thicknesses MODEL.
  'gastrocnemius-medial-head': {
    path: [
      [27, 16, -40],
      [25, -20, -48],
      [21, -55, -50],
      [19, -100, -46],
    ],
    width: [16, 32, 40, 42],
    thickness: [6, 16, 21, 20],
    clearance: 3,
  },
  'gastrocnemius-lateral-head': {
    path: [
      [-28, 14, -38],
      [-22, -20, -46],
      [-17, -55, -46],
      [-16, -100, -41],
    ],
    width: [14, 28, 32, 30],
    thickness: [5, 14, 16, 12],
    clearance: 3,
  },
  // triangular belly on the back of the tibia, from the popliteus tendon to the soleal line [A32]
  'popliteus-muscle': {
    path: [
      [-22, -22, -30],
      [-2, -38, -28],
      [20, -54, -22],
    ],
    width: [20, 36, 22],
    thickness: [4, 6, 4],
    clearance: 0.5,
  },
} satisfies Record<string, BellySpec>;
