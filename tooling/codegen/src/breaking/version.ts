import { type AppVersion, parseVersion } from '../../../../packages/contract/src/app-version.js';
import { CodegenError } from '../errors.js';

// One definition of app versions and their order, shared with the server's handshake (which
// retires versions below the same breaking.minimumSupportedVersion). Imported by path: the
// module depends on nothing, and the package entry would load the contract's models.
export {
  type AppVersion,
  compareVersions,
  isVersion,
  parseVersion,
} from '../../../../packages/contract/src/app-version.js';

export function requireVersion(text: string | undefined, what: string): AppVersion {
  const version = text === undefined ? undefined : parseVersion(text);
  if (!version) {
    throw new CodegenError(
      `${what} must be an app version like 1.4.0, 1.4.0-beta.1 or 1.4.0+37, got ${JSON.stringify(text ?? '')}`,
      { exitCode: 2 },
    );
  }
  return version;
}
