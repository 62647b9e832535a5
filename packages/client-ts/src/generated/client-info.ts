// GENERATED CODE - DO NOT EDIT.
// Source: packages/contract (Zod), target typescript of tooling/codegen.
// Regenerate with: pnpm codegen

/** The contract version (OpenAPI info.version) this client was generated from. */
export const CONTRACT_VERSION = '0.1.0';

export const APP_VERSION_HEADER = 'x-app-version';
export const CONTRACT_VERSION_HEADER = 'x-contract-version';
