import { createStore } from 'zustand/vanilla';

/**
 * What the service worker has told us, and what the update prompt shows. A new version is never
 * swapped in silently: it waits until the user presses Reload (`registerType: 'prompt'`).
 *
 * - `waiting`: a new version is installed and waiting; Reload tells it to take over, then reloads.
 * - `activated`: a new version took over from another tab; Reload only reloads this one.
 */
export type UpdateStatus = 'none' | 'waiting' | 'activated';

export interface UpdateState {
  status: UpdateStatus;
  /** The user chose Later for the version on offer; a newer one offers itself again. */
  dismissed: boolean;
  /** Reload was pressed: the page is about to reload. */
  applying: boolean;
  /** Everything the app needs is cached: it works offline from now on. */
  offlineReady: boolean;
}

export type UpdateEvent =
  | { type: 'need-refresh' }
  | { type: 'activated-elsewhere' }
  | { type: 'offline-ready' }
  | { type: 'later' }
  | { type: 'reload' };

export const initialUpdateState: UpdateState = {
  status: 'none',
  dismissed: false,
  applying: false,
  offlineReady: false,
};

/** The prompt's state machine, pure so it can be tested without a service worker. */
export const nextUpdateState = (state: UpdateState, event: UpdateEvent): UpdateState => {
  switch (event.type) {
    case 'need-refresh':
      return { ...state, status: 'waiting', dismissed: false, applying: false };
    case 'activated-elsewhere':
      return { ...state, status: 'activated', dismissed: false, applying: false };
    case 'offline-ready':
      return { ...state, offlineReady: true };
    case 'later':
      return state.status === 'none' || state.applying ? state : { ...state, dismissed: true };
    case 'reload':
      return state.status === 'none' ? state : { ...state, applying: true };
  }
};

/**
 * Whether the prompt is on screen. Explain mode shows the knee to a patient: the prompt waits
 * until the clinician leaves it.
 */
export const promptVisible = (state: UpdateState, mode: string): boolean =>
  state.status !== 'none' && !state.dismissed && mode !== 'explain';

export const updateStore = createStore<UpdateState>(() => initialUpdateState);

export const dispatchUpdate = (event: UpdateEvent): void =>
  updateStore.setState((s) => nextUpdateState(s, event), true);
