import type { Camera, PerspectiveCamera, Scene, WebGLRenderer } from 'three';
import { Vector2 } from 'three';
import { snapshotRegion } from '../lib/snapshot-region';
import { runtime, type Snapshot } from '../state/runtime';

/** Larger pictures gain nothing on paper (4096 px over 18 cm is 580 dpi) and risk the GPU's limits. */
const MAX_SIDE = 4096;
const size = new Vector2();

const isPerspective = (c: Camera): c is PerspectiveCamera =>
  (c as { isPerspectiveCamera?: boolean }).isPerspectiveCamera === true;

/**
 * Draws one frame of the view at width × height device px and reads it back as a JPEG, then puts
 * the canvas back as it was and draws the screen's frame again, all in this one task. The canvas
 * keeps no drawing buffer (`preserveDrawingBuffer` off, for speed), so the pixels are read right
 * after this render, before the browser composites; and since nothing yields in between, the
 * screen never shows the resized canvas.
 *
 * The picture is what the user sees: the camera keeps its pose, and a view offset cuts out the
 * part of the frustum around the free region (the part of the canvas no panel covers, where the
 * director framed the knee), at the picture's shape (lib/snapshot-region.ts).
 */
export const takeSnapshot = (
  gl: WebGLRenderer,
  scene: Scene,
  camera: Camera,
  width: number,
  height: number,
): Snapshot | null => {
  if (!isPerspective(camera) || gl.getContext().isContextLost() || !runtime.getState().firstFrame)
    return null;
  const limit = Math.min(MAX_SIDE, gl.capabilities.maxTextureSize);
  const w = Math.max(1, Math.min(limit, Math.round(width)));
  const h = Math.max(1, Math.min(limit, Math.round(height)));
  gl.getSize(size);
  const [cssWidth, cssHeight] = [size.x, size.y];
  const ratio = gl.getPixelRatio();
  const view = camera.view?.enabled ? { ...camera.view } : null;
  const region = snapshotRegion(
    { width: cssWidth, height: cssHeight },
    runtime.getState().unobstructed,
    w / h,
  );
  try {
    // FreeView's offset shifts the whole canvas by (offsetX, offsetY) in the full frustum: the
    // region, in canvas px, sits at the same shift.
    camera.setViewOffset(
      cssWidth,
      cssHeight,
      region.x + (view?.offsetX ?? 0),
      region.y + (view?.offsetY ?? 0),
      region.width,
      region.height,
    );
    camera.updateProjectionMatrix();
    gl.setPixelRatio(1);
    gl.setSize(w, h, false);
    gl.render(scene, camera);
    return { url: gl.domElement.toDataURL('image/jpeg', 0.92), width: w, height: h, region };
  } finally {
    gl.setPixelRatio(ratio);
    gl.setSize(cssWidth, cssHeight, false);
    if (view) {
      camera.setViewOffset(
        view.fullWidth,
        view.fullHeight,
        view.offsetX,
        view.offsetY,
        view.width,
        view.height,
      );
    } else camera.clearViewOffset();
    camera.updateProjectionMatrix();
    // Resizing cleared the canvas: draw the screen's frame again before the browser shows it.
    gl.render(scene, camera);
  }
};
