import {
  type Camera,
  type Material,
  Mesh,
  MeshBasicMaterial,
  type Object3D,
  Scene,
  type WebGLRenderer,
} from 'three';
import { yieldToMain } from './glb-data';
import { isMesh } from './guards';
import { createStructureMaterial } from './structure-material';

interface Program {
  getUniforms?: () => unknown;
}
/** The renderer's record of a material: its programs (a transparent two-sided one has two). */
interface ProgramRecord {
  programs?: Map<string, Program>;
}
const isRecord = (v: unknown): v is ProgramRecord => typeof v === 'object' && v !== null;

/**
 * Gets every shader the first frame needs ready without one long task (issue #10):
 * all programs go to the driver at once (`compileAsync`, which with KHR_parallel_shader_compile polls
 * for them without blocking); then each program's uniform table (which three reads, with the
 * driver's logs, at a program's first use, waiting for the link) is read one program per task.
 * The first draw then only draws.
 */
export const warmUp = async (
  gl: WebGLRenderer,
  scene: Object3D,
  camera: Camera,
  lightsFrom: Scene | null = null,
): Promise<void> => {
  // compileAsync would log a warning where the extension is missing (SwiftShader): compile, yield.
  if (gl.extensions.has('KHR_parallel_shader_compile')) await gl.compileAsync(scene, camera, lightsFrom);
  else {
    gl.compile(scene, camera, lightsFrom);
    await yieldToMain();
  }
  const materials = new Set<Material>();
  scene.traverseVisible((o) => {
    if (!isMesh(o)) return;
    for (const m of Array.isArray(o.material) ? o.material : [o.material]) materials.add(m);
  });
  await readUniforms(gl, materials);
};

const readUniforms = async (gl: WebGLRenderer, materials: Iterable<Material>): Promise<void> => {
  for (const m of materials) {
    const record = gl.properties.get(m);
    if (!isRecord(record) || !(record.programs instanceof Map)) continue;
    for (const program of record.programs.values()) {
      program.getUniforms?.();
      await yieldToMain();
    }
  }
};

/** Kept alive on purpose: a disposed material would release (and delete) the program it warmed. */
const variants: Material[] = [];

/**
 * After the first frame, in idle time: the programs a first selection needs (the x-ray look is
 * transparent, another shader variant) and the approach arrow's, compiled the same way, so that
 * selecting does not stall on a compile either. three shares programs by their cache key, so the
 * structures' materials pick these up.
 */
export const warmVariants = async (gl: WebGLRenderer, scene: Scene, camera: Camera): Promise<void> => {
  const sample = scene.getObjectByName('femur');
  if (variants.length > 0 || !isMesh(sample)) return;
  const xray = createStructureMaterial('bone', null);
  Object.assign(xray, { transparent: true, depthWrite: false, opacity: 0.14 });
  const arrow = new MeshBasicMaterial({ transparent: true, depthTest: false, opacity: 0.95 });
  variants.push(xray, arrow);
  const stage = new Scene().add(new Mesh(sample.geometry, xray), new Mesh(sample.geometry, arrow));
  await warmUp(gl, stage, camera, scene);
};
