import { CameraControls } from '@react-three/drei';
import { Canvas, useLoader } from '@react-three/fiber';
import { Suspense, useEffect } from 'react';
import { ErrorBoundary } from 'react-error-boundary';
import kneeUrl from '../../models/knee.glb?url';
import { cameraLimits } from '../lib/camera-url';
import { setSceneStatus, useStore } from '../state/store';
import { Backdrop } from './Backdrop';
import { CameraDirector } from './CameraDirector';
import { ContextWatcher } from './ContextWatcher';
import { FreeView } from './FreeView';
import { VIEW_CAMERA } from './first-view';
import { GroundShadow } from './GroundShadow';
import { InjectionMarkers } from './InjectionMarkers';
import { KneeModel } from './KneeModel';
import { KneeGlbLoader } from './knee-glb';
import { LabelAnchors } from './LabelAnchors';
import { Lights } from './Lights';
import { SceneRuntime } from './SceneRuntime';
import { TapPicker } from './TapPicker';

/**
 * A missing, truncated or corrupt knee.glb (or no network) becomes a status the DOM shell explains,
 * with a Retry. R3F keeps the failed load in its cache: drop it, so the next attempt fetches again.
 */
const modelFailed = (error: unknown): void => {
  console.warn('Knee Explorer: the 3D model could not be loaded.', error);
  useLoader.clear(KneeGlbLoader, kneeUrl);
  setSceneStatus('model-error');
};

/**
 * R3F hands every error its boundaries catch to `reportError`, which the browser treats as
 * uncaught. A failed model load is handled (modelFailed: a message and Retry), so it is not one.
 */
const quietHandledLoad = (e: ErrorEvent): void => {
  if (e.error instanceof Error && e.error.message.startsWith(`Could not load ${kneeUrl}`)) e.preventDefault();
};

/**
 * The 3D view. Renders on demand: a frame only when something moves (camera easing, a gesture,
 * a changed material), so an idle knee costs no GPU time on a patient's laptop or a tablet.
 */
export const KneeCanvas = () => {
  const attempt = useStore((s) => s.modelAttempt);
  useEffect(() => {
    window.addEventListener('error', quietHandledLoad);
    return () => window.removeEventListener('error', quietHandledLoad);
  }, []);
  return (
    <Canvas
      className="knee-canvas"
      style={{ position: 'absolute', inset: 0 }}
      frameloop="demand"
      dpr={[1, 2]}
      gl={{ alpha: false }}
      camera={{ ...VIEW_CAMERA, position: [0, 0.02, 0.6] }}
      onCreated={({ raycaster }) => {
        raycaster.firstHitOnly = true;
      }}
    >
      <Backdrop />
      <FreeView />
      <Lights />
      <CameraControls
        makeDefault
        minDistance={cameraLimits.minDistance}
        maxDistance={cameraLimits.maxDistance}
        minPolarAngle={cameraLimits.minPolar}
        maxPolarAngle={cameraLimits.maxPolar}
        smoothTime={0.25}
        restThreshold={0.0005}
      />
      {/* A new attempt (Retry) resets the boundary: the model and everything built on it mount again. */}
      <ErrorBoundary fallback={null} onError={modelFailed} resetKeys={[attempt]}>
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
};
