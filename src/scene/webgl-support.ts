/**
 * A quick check before three.js is even downloaded: can this browser make a WebGL context?
 * (No three import here, so the DOM shell can decide without loading the 3D chunk.)
 */
export const hasWebGL = (doc: Document = document): boolean => {
  try {
    const canvas = doc.createElement('canvas');
    const gl = canvas.getContext('webgl2') ?? canvas.getContext('webgl');
    gl?.getExtension('WEBGL_lose_context')?.loseContext(); // give the probe context back at once
    return gl !== null;
  } catch {
    return false;
  }
};
