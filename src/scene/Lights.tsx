import { useFrame } from '@react-three/fiber';
import { useRef } from 'react';
import type { Group } from 'three';

/**
 * Local lights only (no HDR environment from a CDN). The directional rig turns with the camera,
 * so every view is lit the same way: key from upper right, soft fill from the left, a rim behind.
 */
export const Lights = () => {
  const rig = useRef<Group>(null);
  useFrame(({ camera }) => {
    rig.current?.quaternion.copy(camera.quaternion);
  });
  return (
    <>
      <hemisphereLight args={['#ffffff', '#b9b2a8', 1.1]} />
      <group ref={rig}>
        <directionalLight position={[0.6, 0.8, 1]} intensity={1.6} />
        <directionalLight position={[-1, 0.1, 0.6]} intensity={0.6} color="#e8f0ff" />
        <directionalLight position={[0, 0.6, -1]} intensity={0.9} />
      </group>
    </>
  );
};
