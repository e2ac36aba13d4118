/**
 * What @react-three/fiber sees as `three` (vite.config.ts resolves its `import * as THREE` here).
 * R3F registers the whole namespace it imports as its JSX catalogue, which keeps all of three in the
 * bundle; this module lists only what R3F itself uses and the elements this scene writes as JSX, so
 * the rest of three tree-shakes away. A JSX element missing here fails loudly at first render
 * ("R3F: X is not part of the THREE namespace!"); the browser tests render every one.
 *
 * R3F's own uses: the renderer, cameras, raycaster, layers, colour management, tone mapping and
 * shadow constants. The scene's JSX: <mesh>, <group>, the two light kinds, and the markers' cone,
 * cylinder and basic material.
 */
export {
  ACESFilmicToneMapping,
  BasicShadowMap,
  Clock,
  Color,
  ColorManagement,
  ConeGeometry,
  CylinderGeometry,
  DirectionalLight,
  Group,
  HemisphereLight,
  Layers,
  LinearSRGBColorSpace,
  Mesh,
  MeshBasicMaterial,
  NoToneMapping,
  Object3D,
  OrthographicCamera,
  PCFShadowMap,
  PCFSoftShadowMap,
  PerspectiveCamera,
  Raycaster,
  RGBAFormat,
  Scene,
  ShaderMaterial,
  SRGBColorSpace,
  UnsignedByteType,
  Vector2,
  Vector3,
  VSMShadowMap,
  WebGLRenderer,
} from 'three';
