import {
  type BufferGeometry,
  DataTexture,
  LinearFilter,
  LinearMipmapLinearFilter,
  type Object3D,
  PlaneGeometry,
  Vector3,
} from 'three';
import { defaultLayers } from '../content/schema';
import { getStructure } from '../content/structures';
import { jointBox } from './framing';
import { isMesh } from './guards';

/** The shadow's colour (its texture holds only the alpha). */
export const GROUND_COLOR = '#4a3f35';

const CELLS = 64;
/** How fast a part's share of the shadow fades with its height above the ground, metres. */
const FALLOFF = 0.05;
const OPACITY = 0.42;

export interface Ground {
  texture: DataTexture;
  geometry: BufferGeometry;
  position: Vector3;
}

/** Three passes of a 5-cell box blur along x, then along y: close to a Gaussian. */
const blur = (grid: Float32Array): void => {
  const tmp = new Float32Array(grid.length);
  for (let pass = 0; pass < 6; pass++) {
    const step = pass % 2 === 0 ? 1 : CELLS;
    for (let y = 0; y < CELLS; y++) {
      for (let x = 0; x < CELLS; x++) {
        const at = pass % 2 === 0 ? x : y;
        let sum = 0;
        for (let k = Math.max(-2, -at); k <= Math.min(2, CELLS - 1 - at); k++) {
          sum += grid[y * CELLS + x + k * step] ?? 0;
        }
        tmp[y * CELLS + x] = sum / 5;
      }
    }
    grid.set(tmp);
  }
};

/**
 * The knee's footprint seen from below, baked once from its vertices: each vertex (one in twelve is
 * plenty) darkens the ground under it, the more the lower it is, then the splats are blurred.
 * Cheap (a few ms): it runs while the model mounts, before the first frame.
 */
export const bakeGround = (root: Object3D): Ground => {
  root.updateMatrixWorld(true);
  // The knee as it opens (the loader's accessor bounds: no vertex loop); the neighbours' layers start
  // off, and the poster's ground (models/poster-ground.ts) is baked without them too.
  const box = jointBox(root.getObjectByName('knee') ?? root);
  const side = Math.max(box.max.x - box.min.x, box.max.z - box.min.z) * 2;
  const [cx, cz] = [(box.min.x + box.max.x) / 2, (box.min.z + box.max.z) / 2];
  const grid = new Float32Array(CELLS * CELLS);
  const v = new Vector3();
  root.traverse((o) => {
    const category = getStructure(o.name)?.category;
    if (!isMesh(o) || (category && !defaultLayers[category])) return;
    const pos = o.geometry.getAttribute('position');
    for (let i = 0; i < pos.count; i += 12) {
      v.fromBufferAttribute(pos, i).applyMatrix4(o.matrixWorld);
      const gx = Math.floor(((v.x - cx) / side + 0.5) * CELLS);
      const gz = Math.floor((0.5 - (v.z - cz) / side) * CELLS);
      if (gx < 0 || gx >= CELLS || gz < 0 || gz >= CELLS) continue;
      grid[gz * CELLS + gx] = (grid[gz * CELLS + gx] ?? 0) + Math.exp(-(v.y - box.min.y) / FALLOFF);
    }
  });
  blur(grid);
  const peak = grid.reduce((m, x) => Math.max(m, x), 0) || 1;
  const data = new Uint8Array(CELLS * CELLS * 4);
  for (let i = 0; i < grid.length; i++) {
    data.set([255, 255, 255, Math.round(255 * OPACITY * Math.min(1, (grid[i] ?? 0) / peak) ** 0.7)], i * 4);
  }
  const texture = new DataTexture(data, CELLS, CELLS);
  // Seen at a grazing angle from the preset views: filter smoothly (DataTexture defaults to nearest).
  texture.magFilter = LinearFilter;
  texture.minFilter = LinearMipmapLinearFilter;
  texture.generateMipmaps = true;
  texture.needsUpdate = true;
  // Laid flat facing up, the plane's texture rows (its local +y) run along −z: row 0 is at +z.
  const geometry = new PlaneGeometry(side, side).rotateX(-Math.PI / 2);
  return { texture, geometry, position: new Vector3(cx, box.min.y - 0.001, cz) };
};
