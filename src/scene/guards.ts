import type { Mesh, Object3D } from 'three';

export const isMesh = (o: Object3D | undefined): o is Mesh => Boolean(o && (o as Mesh).isMesh);
