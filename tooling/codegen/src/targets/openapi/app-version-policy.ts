import { dirname } from 'node:path/posix';
import type { CodegenConfig } from '../../config.js';
import { headerLines } from '../../pipeline/header.js';
import { GENERATED_MARKER_KEY } from './serialize.js';

/**
 * The server's half of the app-version policy, next to openapi.json: the oldest app version it
 * serves is `breaking.minimumSupportedVersion` of codegen.config.json (the same setting that
 * retires snapshots in the breaking-change check), carried here so that the server reads one
 * generated file rather than the codegen's configuration. The contract version is what both
 * generated clients send in `x-contract-version`.
 */
export interface AppVersionPolicy {
  contractVersion: string;
  minimumSupportedVersion: string | null;
}

export const appVersionPolicyPath = (config: CodegenConfig) =>
  `${dirname(config.openapi.output)}/app-version-policy.json`;

export const serializeAppVersionPolicy = (policy: AppVersionPolicy) =>
  `${JSON.stringify({ [GENERATED_MARKER_KEY]: headerLines('openapi').join(' '), ...policy }, null, 2)}\n`;
