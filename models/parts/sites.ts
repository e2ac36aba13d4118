/**
 * Injection-site anchors (clinical.md §3.2; placement texts in src/content/sites-*.ts). Each site has
 * a landmark (mm, reference frame, derived from anatomy.ts with the content's source keys) and the
 * direction its normal should face. The anchor is where a ray coming from outside along −direction
 * first meets the target structure's final mesh (so it lands on the outer surface); the normal is the
 * local surface normal there. Without a hit, the closest surface point to the landmark is used.
 */
import { sites } from '../../src/content/sites';
import type { StructureId } from '../../src/content/structure-ids';
import { femur as F, fibula as Fb, patella as P, tibia as T } from '../anatomy';
import type { Mesh } from '../geometry/mesh';
import { closestPoint, localNormal, rayHit } from '../geometry/raycast';
import { add, dot, normalize, scale, type Vec3 } from '../geometry/vec';

export interface SiteLandmark {
  /** landmark the placement text names, mm */
  readonly at: Vec3;
  /** outward direction the text gives for the normal */
  readonly facing: Vec3;
  readonly sources: readonly string[];
}

export interface SiteAnchor {
  readonly id: string;
  readonly target: StructureId;
  /** on the target's outer surface, mm */
  readonly position: Vec3;
  /** unit outward surface normal */
  readonly normal: Vec3;
}

const [pcx, pcy, pcz] = P.centre;
const upperPole = pcy + P.height / 2;
const lowerPole = pcy - P.height / 2;
const ME = F.medialEpicondyle;
const LE = F.lateralEpicondyle;
const TT = T.tuberosity;
const medial: Vec3 = [1, 0, 0];
const lateral: Vec3 = [-1, 0, 0];
const anterior: Vec3 = [0, 0, 1];

export const siteLandmarks: Readonly<Record<string, SiteLandmark>> = {
  // soft spot medial to the patellar tendon, a few mm above the medial plateau (cartilage at −1)
  'ia-1': {
    at: [25, 3, 26],
    facing: normalize([0.8, 0, 1]),
    sources: ['hung-2016-protocol-table', 'kenhub-patellar-tendon'],
  },
  // beside (lateral to) the patellar tendon at the joint line; anterior approach
  'ia-2': { at: [-17, 3, 30], facing: anterior, sources: ['nysora-knee-injections'] },
  // 10 above and 10 lateral to the superolateral patellar corner
  'ia-3': {
    at: [pcx - P.width / 2 - 10, upperPole + 10, 24],
    facing: normalize([-1, 0, 0.1]),
    sources: ['wikimsk-knee-injection'],
  },
  // suprapatellar recess deep to the quadriceps tendon, just above the superior pole
  'ia-4': {
    at: [pcx, upperPole + 8, 38],
    facing: anterior,
    sources: ['radiopaedia-suprapatellar', 'nysora-knee-injections'],
  },
  // sMCL femoral footprint: 3.2 proximal, 4.8 posterior to the medial epicondyle [A1]; 3 mm down the
  // band so the normal is off its rounded end cap
  'ea-1': { at: [ME[0], ME[1] + 3.2 - 3, ME[2] - 4.8], facing: medial, sources: ['laprade-2007-medial'] },
  // distal sMCL footprint 61.2 below the JL, behind the pes edge [A1]; the band's end cap starts ~58
  'ea-2': { at: [22, -57, 5], facing: normalize([1, 0, 0.15]), sources: ['laprade-2007-medial'] },
  // medial meniscotibial ligament at the plateau rim, 6–7 below the cartilage edge, mid-AP [A34]
  'ea-3': { at: [T.halfWidth, -6, 0], facing: medial, sources: ['radiopaedia-meniscotibial'] },
  // lateral meniscotibial ligament, just anterior to where the FCL crosses the rim [A35]
  'ea-4': {
    at: [-T.halfWidth, -5, 3],
    facing: normalize([-1, 0, 0.2]),
    sources: ['radiopaedia-meniscotibial'],
  },
  // FCL femoral footprint: 1.4 proximal, 3.1 posterior to the lateral epicondyle [A3]; 3 mm down the cord
  'ea-5': {
    at: [LE[0], LE[1] + 1.4 - 3, LE[2] - 3.1],
    facing: lateral,
    sources: ['laprade-2003-posterolateral'],
  },
  // FCL fibular footprint, 8.2 behind the anterior margin of the head [A4]
  'ea-6': {
    at: [Fb.headCentre[0] - 11, Fb.apex[1] - 18, Fb.headCentre[2] + 3],
    facing: lateral,
    sources: ['laprade-2003-posterolateral'],
  },
  // ~2 cm distal and ~2 cm medial to the tibial tubercle, under the conjoined pes tendons
  'ea-7': {
    at: [TT[0] + 20, TT[1] - 18, 14],
    facing: normalize([0.8, 0, 0.6]),
    sources: ['orthovellum-pes-anserine', 'statpearls-pes-anserine'],
  },
  // patellar tendon origin from the apex (anterior surface)
  'ea-8': { at: [pcx, lowerPole - 2, 48], facing: anterior, sources: ['kenhub-patellar-tendon'] },
  // patellar tendon insertion on the tuberosity (anterior surface)
  'ea-9': { at: [TT[0] - 0.5, TT[1] + 1, 33], facing: anterior, sources: ['kenhub-patellar-tendon'] },
  // quadriceps tendon insertion on the superior pole (anterior surface)
  'ea-10': {
    at: [pcx - 0.5, upperPole + 2, pcz + 4],
    facing: anterior,
    sources: ['orthobullets-quadriceps-tendonitis'],
  },
};

const RAY_START = 40;

/** Project one landmark onto the target mesh's outer surface. */
export const placeAnchor = (mesh: Mesh, landmark: SiteLandmark): { position: Vec3; normal: Vec3 } => {
  const origin = add(landmark.at, scale(landmark.facing, RAY_START));
  const hit = rayHit(mesh, origin, scale(landmark.facing, -1)) ?? closestPoint(mesh, landmark.at);
  const smooth = localNormal(mesh, hit.point, 2.5);
  const normal = dot(smooth, hit.faceNormal) > 0.5 ? smooth : hit.faceNormal;
  return { position: hit.point, normal };
};

/** Anchors for every content site, in content order. */
export const placeSites = (meshes: ReadonlyMap<StructureId, Mesh>): SiteAnchor[] =>
  sites.map((s) => {
    const landmark = siteLandmarks[s.id];
    const mesh = meshes.get(s.target);
    if (!landmark) throw new Error(`no landmark for site ${s.id}`);
    if (!mesh) throw new Error(`site ${s.id}: no mesh for target ${s.target}`);
    return { id: s.id, target: s.target, ...placeAnchor(mesh, landmark) };
  });
