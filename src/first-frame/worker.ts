import { drawFirstFrame, type FirstFrameRequest } from './draw';

/** What the worker answers: the frame as a bitmap, or why there is none. */
export type FirstFrameReply = { kind: 'drawn'; bitmap: ImageBitmap } | { kind: 'failed'; message: string };

interface WorkerScope {
  onmessage: ((e: MessageEvent<FirstFrameRequest>) => void) | null;
  postMessage(message: FirstFrameReply, transfer?: Transferable[]): void;
}
const scope = self as unknown as WorkerScope;

/**
 * The first 3D frame, drawn off the page's main thread (issue #10): three.js, the model's reading and
 * the draw itself run here while the page loads its interface, so the knee is on screen in 3D before
 * React and the interactive view have arrived, and none of it blocks a tap.
 */
scope.onmessage = (e) => {
  drawFirstFrame(e.data).then(
    (bitmap) => scope.postMessage({ kind: 'drawn', bitmap }, [bitmap]),
    (error: unknown) =>
      scope.postMessage({ kind: 'failed', message: error instanceof Error ? error.message : String(error) }),
  );
};
