import { CameraControls } from '@react-three/drei';
import { Canvas } from '@react-three/fiber';
import { Suspense } from 'react';
import { ErrorBoundary } from 'react-error-boundary';
import { setSceneStatus } from '../state/store';
import { Backdrop } from './Backdrop';
import { CameraDirector } from './CameraDirector';
import { ContextWatcher } from './ContextWatcher';
import { FreeView } from './FreeView';
import { GroundShadow } from './GroundShadow';
import { InjectionMarkers } from './InjectionMarkers';
import { KneeModel } from './KneeModel';
import { LabelAnchors } from './LabelAnchors';
import { Lights } from './Lights';
import { SceneRuntime } from './SceneRuntime';
import { TapPicker } from './TapPicker';

/** A missing or corrupt knee.glb becomes a status the DOM shell explains. */
const modelFailed = (error: unknown): void => {
  console.warn('Knee Explorer: the 3D model could not be loaded.', error);
  setSceneStatus('model-error');
};

/**
 * The 3D view. Renders on demand: a frame only when something moves (camera easing, a gesture,
 * a changed material), so an idle knee costs no GPU time on a patient's laptop or a tablet.
 */
export const KneeCanvas = () => (
  <Canvas
    className="knee-canvas"
    style={{ position: 'absolute', inset: 0 }}
    frameloop="demand"
    dpr={[1, 2]}
    gl={{ alpha: false }}
    camera={{ fov: 35, near: 0.01, far: 20, position: [0, 0.02, 0.6] }}
    onCreated={({ raycaster }) => {
      raycaster.firstHitOnly = true;
    }}
  >
    <Backdrop />
    <FreeView />
    <Lights />
    <CameraControls
      makeDefault
      minDistance={0.06}
      maxDistance={1.4}
      minPolarAngle={0.1}
      maxPolarAngle={Math.PI - 0.1}
      smoothTime={0.25}
      restThreshold={0.0005}
    />
    <ErrorBoundary fallback={null} onError={modelFailed}>
      <Suspense fallback={null}>
        <KneeModel />
        <GroundShadow />
        <InjectionMarkers />
        <LabelAnchors />
        <CameraDirector />
        <SceneRuntime />
        <TapPicker />
      </Suspense>
    </ErrorBoundary>
    <ContextWatcher />
  </Canvas>
);
