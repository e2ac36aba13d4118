import {
  ACESFilmicToneMapping,
  Group,
  Mesh,
  MeshBasicMaterial,
  PerspectiveCamera,
  Scene,
  WebGLRenderer,
} from 'three';
import { defaultLayers } from '../content/schema';
import type { Box } from '../lib/unobstructed';
import { backdropTexture } from '../scene/backdrop-texture';
import { placeFirstCamera, VIEW_CAMERA } from '../scene/first-view';
import { bakeGround, GROUND_COLOR } from '../scene/ground';
import { parseKneeGlb } from '../scene/knee-glb';
import { restingTissue, toParts } from '../scene/knee-parts';
import { createLightRig } from '../scene/light-rig';
import { materialLook } from '../scene/materials';
import { createStructureMaterial } from '../scene/structure-material';

/** What the page asks the worker to draw: the 3D view's size and free region (CSS px), as they are now. */
export interface FirstFrameRequest {
  glbUrl: string;
  width: number;
  height: number;
  pixelRatio: number;
  free: Box | null;
}

/**
 * The knee as the 3D view opens (nothing selected, the layers on at start, the front preset fitted
 * to the free region) built from the same modules the 3D view uses: the glb reader, the parts, the
 * structure materials and their resting look, the light rig, the backdrop and the ground shadow.
 */
const buildScene = async (req: FirstFrameRequest): Promise<{ scene: Scene; camera: PerspectiveCamera }> => {
  const response = await fetch(req.glbUrl);
  if (!response.ok) throw new Error(`knee.glb: HTTP ${response.status}`);
  const glb = (await parseKneeGlb(await response.arrayBuffer())).scene;
  const scene = new Scene();
  scene.background = backdropTexture(new OffscreenCanvas(256, 256));
  const knee = new Group();
  knee.name = 'knee';
  for (const part of toParts(glb)) {
    const material = createStructureMaterial(
      part.category,
      restingTissue(part.category, part.geometry, part.scale),
    );
    const look = materialLook(part.category, 'normal', false, part.id);
    material.setValues(look);
    const mesh = new Mesh(part.geometry, material);
    mesh.name = part.id;
    mesh.position.copy(part.position);
    mesh.rotation.copy(part.rotation);
    mesh.scale.copy(part.scale);
    mesh.visible = defaultLayers[part.category];
    mesh.renderOrder = look.transparent ? 1 : 0;
    knee.add(mesh);
  }
  const ground = bakeGround(glb);
  const shadow = new Mesh(
    ground.geometry,
    new MeshBasicMaterial({ map: ground.texture, color: GROUND_COLOR, transparent: true, depthWrite: false }),
  );
  shadow.position.copy(ground.position);
  shadow.renderOrder = -1;
  const camera = new PerspectiveCamera(
    VIEW_CAMERA.fov,
    req.width / req.height,
    VIEW_CAMERA.near,
    VIEW_CAMERA.far,
  );
  const { hemisphere, rig } = createLightRig();
  scene.add(knee, shadow, hemisphere, rig);
  placeFirstCamera(camera, scene, req.width, req.height, req.free);
  rig.quaternion.copy(camera.quaternion);
  return { scene, camera };
};

/**
 * Draws the first frame on an OffscreenCanvas and gives it back as a bitmap; the renderer and its
 * context are released at once (the page's 3D view takes over with its own).
 */
export const drawFirstFrame = async (req: FirstFrameRequest): Promise<ImageBitmap> => {
  const canvas = new OffscreenCanvas(
    Math.round(req.width * req.pixelRatio),
    Math.round(req.height * req.pixelRatio),
  );
  // The 3D view's renderer settings (R3F's defaults with KneeCanvas's `alpha: false`), made first,
  // so a browser without WebGL gives up before fetching the model.
  const renderer = new WebGLRenderer({
    canvas,
    antialias: true,
    alpha: false,
    powerPreference: 'high-performance',
  });
  try {
    renderer.setPixelRatio(req.pixelRatio);
    renderer.setSize(req.width, req.height, false);
    renderer.toneMapping = ACESFilmicToneMapping;
    const { scene, camera } = await buildScene(req);
    if (renderer.extensions.has('KHR_parallel_shader_compile')) await renderer.compileAsync(scene, camera);
    renderer.render(scene, camera);
    return canvas.transferToImageBitmap();
  } finally {
    renderer.dispose();
    renderer.forceContextLoss();
  }
};
