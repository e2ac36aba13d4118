/**
 * The camera's part of a link (issue #12): `cam=medial` (a preset view), or an exact orbit
 * `cam=<azimuth>,<polar>,<distance>,<x>,<y>,<z>`: azimuth and polar angle in degrees to a tenth,
 * distance from the target and the target itself in whole millimetres, in the model's frame
 * (+Y up, +Z anterior, +X medial for this right knee). `cam=auto` (the app frames the open card)
 * is the default and is written only where a tour step would otherwise decide (lib/link.ts).
 */

/** The preset views; the store's `viewNames` are these. */
export const viewNames = ['anterior', 'medial', 'lateral', 'posterior'] as const;
export type ViewName = (typeof viewNames)[number];
export const isViewName = (name: string): name is ViewName => (viewNames as readonly string[]).includes(name);

/** An orbit around a target: degrees and millimetres, rounded as the link writes them. */
export interface Orbit {
  azimuth: number;
  polar: number;
  distance: number;
  target: [number, number, number];
}

/** Where the camera is: framed by the app, a preset view, or an orbit set by hand. */
export type CameraLink =
  | { kind: 'auto' }
  | { kind: 'view'; view: ViewName }
  | { kind: 'orbit'; orbit: Orbit };

/** What the camera controls allow (scene/KneeCanvas.tsx uses these): metres and radians. */
export const cameraLimits = {
  minDistance: 0.06,
  maxDistance: 1.4,
  minPolar: 0.1,
  maxPolar: Math.PI - 0.1,
} as const;

const DEG = 180 / Math.PI;
/** Link ranges: the controls' limits as the link rounds them; the target within 10 m of the knee. */
const POLAR_RANGE = [
  Math.floor(cameraLimits.minPolar * DEG * 10) / 10,
  Math.ceil(cameraLimits.maxPolar * DEG * 10) / 10,
];
const DISTANCE_RANGE = [cameraLimits.minDistance * 1000, cameraLimits.maxDistance * 1000];
const TARGET_MAX = 10_000;

/** To a tenth, without a negative zero (which would not equal 0 in a round trip). */
const tenth = (v: number): number => Math.round(v * 10) / 10 + 0;
const whole = (v: number): number => Math.round(v) + 0;
/** Degrees to a tenth, in (-180, 180] (wrapped first: the modulo leaves float noise to round away). */
const azimuthTenth = (a: number): number => {
  const t = tenth(((((a + 180) % 360) + 360) % 360) - 180);
  return t === -180 ? 180 : t;
};

/** An orbit rounded as the link writes it (azimuth wrapped into (-180, 180]). */
export const roundOrbit = (o: Orbit): Orbit => ({
  azimuth: azimuthTenth(o.azimuth),
  polar: tenth(o.polar),
  distance: whole(o.distance),
  target: [whole(o.target[0]), whole(o.target[1]), whole(o.target[2])],
});

/** The camera controls' spherical coordinates (radians, metres) as a rounded orbit. */
export const orbitFrom = (
  azimuth: number,
  polar: number,
  distance: number,
  target: readonly [number, number, number],
): Orbit =>
  roundOrbit({
    azimuth: azimuth * DEG,
    polar: polar * DEG,
    distance: distance * 1000,
    target: [target[0] * 1000, target[1] * 1000, target[2] * 1000],
  });

/** The camera's position and target in metres for an orbit (as camera-controls places it, Y up). */
export const orbitPose = (
  o: Orbit,
): { position: [number, number, number]; target: [number, number, number] } => {
  const [az, polar, r] = [o.azimuth / DEG, o.polar / DEG, o.distance / 1000];
  const t: [number, number, number] = [o.target[0] / 1000, o.target[1] / 1000, o.target[2] / 1000];
  return {
    position: [
      t[0] + r * Math.sin(polar) * Math.sin(az),
      t[1] + r * Math.cos(polar),
      t[2] + r * Math.sin(polar) * Math.cos(az),
    ],
    target: t,
  };
};

export const sameOrbit = (a: Orbit, b: Orbit): boolean =>
  a.azimuth === b.azimuth &&
  a.polar === b.polar &&
  a.distance === b.distance &&
  a.target.every((v, i) => v === b.target[i]);

export const sameCamera = (a: CameraLink, b: CameraLink): boolean => {
  if (a.kind === 'orbit' || b.kind === 'orbit') {
    return a.kind === 'orbit' && b.kind === 'orbit' && sameOrbit(a.orbit, b.orbit);
  }
  return a.kind === b.kind && (a.kind !== 'view' || (b.kind === 'view' && a.view === b.view));
};

export const formatCamera = (c: CameraLink): string => {
  if (c.kind === 'auto') return 'auto';
  if (c.kind === 'view') return c.view;
  const { azimuth, polar, distance, target } = c.orbit;
  return [azimuth, polar, distance, ...target].join(',');
};

const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;
const within = (v: number, [lo, hi]: readonly number[]): boolean =>
  v >= (lo ?? -Infinity) && v <= (hi ?? Infinity);

/** Reads `cam=`; null for anything that is not a preset, `auto`, or six numbers within the camera's reach. */
export const parseCamera = (text: string): CameraLink | null => {
  const value = text.trim();
  if (value === 'auto') return { kind: 'auto' };
  if (isViewName(value)) return { kind: 'view', view: value };
  const parts = value.split(',').map((p) => p.trim());
  if (parts.length !== 6 || !parts.every((p) => NUMBER.test(p))) return null;
  const [azimuth = 0, polar = 0, distance = 0, x = 0, y = 0, z = 0] = parts.map(Number);
  const target = [x, y, z];
  if (!within(azimuth, [-180, 180]) || !within(polar, POLAR_RANGE) || !within(distance, DISTANCE_RANGE))
    return null;
  if (!target.every((v) => within(v, [-TARGET_MAX, TARGET_MAX]))) return null;
  return { kind: 'orbit', orbit: roundOrbit({ azimuth, polar, distance, target: [x, y, z] }) };
};
