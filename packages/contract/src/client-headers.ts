/**
 * Headers every generated client sends, so the server knows which app build and which contract
 * it talks to (the run-time half of the breaking-change check). Requests without them (a
 * browser, curl) are served as before.
 */
export const APP_VERSION_HEADER = 'x-app-version';
export const CONTRACT_VERSION_HEADER = 'x-contract-version';
