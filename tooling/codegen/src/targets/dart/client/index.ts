/**
 * The Dart package around the models: pubspec, lints, README, the API client and its exception.
 * The Dart target (targets/dart) adds these files to its own output.
 */
import type { GeneratedFile, TargetContext } from '../../../pipeline/types.js';
import { dartOperations } from './operations.js';
import { renderAnalysisOptions, renderPubspec, renderReadme } from './package-files.js';
import { renderApiClient } from './render-client.js';
import { renderApiException } from './render-exception.js';

export { dartOperations } from './operations.js';

/** Package files relative to the package directory, for the barrel and for `owns`. */
export const API_CLIENT_FILE = 'lib/src/api_client.dart';
export const API_EXCEPTION_FILE = 'lib/src/api_exception.dart';
export const PACKAGE_FILES = [
  'README.md',
  'analysis_options.yaml',
  API_CLIENT_FILE,
  API_EXCEPTION_FILE,
  'pubspec.yaml',
] as const;

export async function generateDartPackageFiles(context: TargetContext): Promise<GeneratedFile[]> {
  const { config, contract } = context;
  const operations = dartOperations(contract);
  const contents: Record<(typeof PACKAGE_FILES)[number], string> = {
    'README.md': renderReadme(config.dart, contract, operations),
    'analysis_options.yaml': renderAnalysisOptions(),
    [API_CLIENT_FILE]: renderApiClient(operations, config.dart.packageName, {
      contractVersion: contract.info.version,
      headers: contract.clientHeaders,
    }),
    [API_EXCEPTION_FILE]: renderApiException(
      contract.document.components.schemas,
      config.dart.packageName,
    ),
    'pubspec.yaml': renderPubspec(config.dart, contract),
  };
  return PACKAGE_FILES.map((file) => ({
    path: `${config.dart.packageDir}/${file}`,
    contents: contents[file],
  }));
}
