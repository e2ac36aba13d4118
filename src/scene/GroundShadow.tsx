import { useEffect, useMemo } from 'react';
import { bakeGround, GROUND_COLOR } from './ground';
import { useKnee } from './KneeModel';

const noRaycast = (): void => {};

/**
 * A soft contact shadow on the ground just under the knee, so it stands somewhere instead of
 * floating: a blob baked once from the model when it loads (no render pass, no extra frame; an
 * idle view still draws none). It is a ground cue, not lighting: hiding a layer leaves it as it is.
 */
export const GroundShadow = () => {
  const { scene } = useKnee();
  const ground = useMemo(() => bakeGround(scene), [scene]);
  useEffect(
    () => () => {
      ground.texture.dispose();
      ground.geometry.dispose();
    },
    [ground],
  );
  return (
    <mesh geometry={ground.geometry} position={ground.position} raycast={noRaycast} renderOrder={-1}>
      <meshBasicMaterial map={ground.texture} color={GROUND_COLOR} transparent depthWrite={false} />
    </mesh>
  );
};
