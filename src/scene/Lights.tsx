import { useFrame } from '@react-three/fiber';
import { useMemo } from 'react';
import { createLightRig } from './light-rig';

/** The scene's lights (light-rig.ts); the directional rig turns with the camera. */
export const Lights = () => {
  const { hemisphere, rig } = useMemo(createLightRig, []);
  useFrame(({ camera }) => {
    rig.quaternion.copy(camera.quaternion);
  });
  return (
    <>
      <primitive object={hemisphere} />
      <primitive object={rig} />
    </>
  );
};
