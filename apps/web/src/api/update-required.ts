import type { ApiError } from './types';

/**
 * The app build's version, sent as `x-app-version` on every call (vite.config.ts defines it
 * from package.json). The API answers 426 UPDATE_REQUIRED once it no longer serves it.
 */
export const APP_VERSION: string = __APP_VERSION__;

type Listener = (minimumAppVersion: string | undefined) => void;
const listeners = new Set<Listener>();
let required: { minimumAppVersion: string | undefined } | undefined;

/** Called with every failed call's error: the first UPDATE_REQUIRED tells the whole app. */
export function noticeUpdateRequired(error: ApiError): void {
  if (error.code !== 'UPDATE_REQUIRED' || required) return;
  required = { minimumAppVersion: error.minimumAppVersion };
  for (const listener of listeners) listener(required.minimumAppVersion);
}

/** Subscribes to the app being retired; returns the unsubscribe function. */
export function onUpdateRequired(listener: Listener): () => void {
  if (required) listener(required.minimumAppVersion);
  listeners.add(listener);
  return () => listeners.delete(listener);
}
