/** Indexed triangle meshes as plain typed arrays (mm until knee.ts scales them to metres). */
export interface Mesh {
  readonly positions: Float32Array;
  readonly normals: Float32Array;
  readonly indices: Uint32Array;
  /** A swept mesh (rings.ts): its first vertices are rings of this many, in order along the sweep. */
  readonly ringSize?: number;
}

export const triangleCount = (m: Mesh): number => m.indices.length / 3;

/** Area-weighted smooth vertex normals. */
export const computeNormals = (positions: Float32Array, indices: Uint32Array): Float32Array => {
  const n = new Float32Array(positions.length);
  for (let t = 0; t < indices.length; t += 3) {
    const a = (indices[t] ?? 0) * 3;
    const b = (indices[t + 1] ?? 0) * 3;
    const c = (indices[t + 2] ?? 0) * 3;
    const ux = (positions[b] ?? 0) - (positions[a] ?? 0);
    const uy = (positions[b + 1] ?? 0) - (positions[a + 1] ?? 0);
    const uz = (positions[b + 2] ?? 0) - (positions[a + 2] ?? 0);
    const vx = (positions[c] ?? 0) - (positions[a] ?? 0);
    const vy = (positions[c + 1] ?? 0) - (positions[a + 1] ?? 0);
    const vz = (positions[c + 2] ?? 0) - (positions[a + 2] ?? 0);
    const nx = uy * vz - uz * vy;
    const ny = uz * vx - ux * vz;
    const nz = ux * vy - uy * vx;
    for (const i of [a, b, c]) {
      n[i] = (n[i] ?? 0) + nx;
      n[i + 1] = (n[i + 1] ?? 0) + ny;
      n[i + 2] = (n[i + 2] ?? 0) + nz;
    }
  }
  for (let i = 0; i < n.length; i += 3) {
    const l = Math.hypot(n[i] ?? 0, n[i + 1] ?? 0, n[i + 2] ?? 0) || 1;
    n[i] = (n[i] ?? 0) / l;
    n[i + 1] = (n[i + 1] ?? 0) / l;
    n[i + 2] = (n[i + 2] ?? 0) / l;
  }
  return n;
};

export const makeMesh = (positions: Float32Array, indices: Uint32Array): Mesh => ({
  positions,
  indices,
  normals: computeNormals(positions, indices),
});

/** Concatenate meshes into one (one primitive per structure). */
export const mergeMeshes = (parts: readonly Mesh[]): Mesh => {
  const vCount = parts.reduce((s, m) => s + m.positions.length, 0);
  const iCount = parts.reduce((s, m) => s + m.indices.length, 0);
  const positions = new Float32Array(vCount);
  const normals = new Float32Array(vCount);
  const indices = new Uint32Array(iCount);
  let vo = 0;
  let io = 0;
  for (const m of parts) {
    positions.set(m.positions, vo);
    normals.set(m.normals, vo);
    for (let i = 0; i < m.indices.length; i++) indices[io + i] = (m.indices[i] ?? 0) + vo / 3;
    vo += m.positions.length;
    io += m.indices.length;
  }
  return { positions, normals, indices };
};
