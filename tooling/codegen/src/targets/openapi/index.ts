import type { OpenApiDocument } from '@acme/contract';
import type { Target } from '../../pipeline/types.js';
import { appVersionPolicyPath, serializeAppVersionPolicy } from './app-version-policy.js';
import { serializeOpenApi } from './serialize.js';

export { GENERATED_MARKER_KEY, serializeOpenApi, withoutMarker } from './serialize.js';

/**
 * packages/contract/openapi.json: the document the server serves at /openapi.json, plus a
 * generated marker. Committed so that reviewers see API changes as a diff and so that other
 * tools (docs, mock servers, foreign clients) need no Node toolchain.
 */
export const openapiTarget: Target = {
  name: 'openapi',
  owns: (config) => ({ dirs: [], files: [config.openapi.output, appVersionPolicyPath(config)] }),
  async generate({ config, contract }) {
    const document: OpenApiDocument = contract.document;
    return [
      { path: config.openapi.output, contents: serializeOpenApi(document) },
      {
        path: appVersionPolicyPath(config),
        contents: serializeAppVersionPolicy({
          contractVersion: contract.info.version,
          minimumSupportedVersion: config.breaking.minimumSupportedVersion,
        }),
      },
    ];
  },
};
