import type { LoadedContract } from '../../pipeline/types.js';
import { quote } from './operation-table.js';

/**
 * What the client tells the server about itself: the contract version it was generated from
 * (stamped here, sent on every request) and the header names of the handshake, so the
 * published client needs nothing of the contract at run time.
 */
export function clientInfo({ info, clientHeaders }: LoadedContract): string {
  return [
    '/** The contract version (OpenAPI info.version) this client was generated from. */',
    `export const CONTRACT_VERSION = ${quote(info.version)};`,
    '',
    `export const APP_VERSION_HEADER = ${quote(clientHeaders.appVersion)};`,
    `export const CONTRACT_VERSION_HEADER = ${quote(clientHeaders.contractVersion)};`,
    '',
  ].join('\n');
}
