/**
 * The three names a template user chooses, and the rules each must follow. Every check returns
 * an error message naming the flag, so the CLI can print it as is.
 */

export interface Identity {
  /** npm scope including the `@`, e.g. `@myco`. */
  scope: string;
  /** Project name in kebab-case, e.g. `myapp` or `task-board`. */
  projectName: string;
  /** Dart package name of the generated client, e.g. `myapp_api`. */
  dartPackage: string;
}

/**
 * Reserved words and built-in identifiers of Dart 3, plus the contextual keywords a library name
 * would collide with. pub rejects a package named after a reserved word; the rest would make the
 * package's own import prefix or library directive confusing, so they are refused as well.
 */
const DART_RESERVED = new Set([
  'abstract',
  'as',
  'assert',
  'async',
  'await',
  'base',
  'break',
  'case',
  'catch',
  'class',
  'const',
  'continue',
  'covariant',
  'default',
  'deferred',
  'do',
  'dynamic',
  'else',
  'enum',
  'export',
  'extends',
  'extension',
  'external',
  'factory',
  'false',
  'final',
  'finally',
  'for',
  'function',
  'get',
  'hide',
  'if',
  'implements',
  'import',
  'in',
  'interface',
  'is',
  'late',
  'library',
  'mixin',
  'new',
  'null',
  'of',
  'on',
  'operator',
  'part',
  'required',
  'rethrow',
  'return',
  'sealed',
  'set',
  'show',
  'static',
  'super',
  'switch',
  'sync',
  'this',
  'throw',
  'true',
  'try',
  'type',
  'typedef',
  'var',
  'void',
  'when',
  'while',
  'with',
  'yield',
]);

/** Names pub reserves for the SDK's own libraries and packages. */
const DART_SDK_NAMES = new Set(['dart', 'flutter', 'flutter_test', 'sky_engine']);

const MAX_SCOPE = 50;
const MAX_PROJECT_NAME = 40;
const MAX_DART_PACKAGE = 64;

export function scopeError(scope: string): string | undefined {
  const flag = '--scope';
  if (!scope.startsWith('@')) return `${flag}: "${scope}" must start with "@", e.g. "@myco"`;
  if (scope.length > MAX_SCOPE) return `${flag}: "${scope}" is longer than ${MAX_SCOPE} characters`;
  if (!/^@[a-z0-9][a-z0-9._~-]*$/.test(scope)) {
    return `${flag}: "${scope}" is not a valid npm scope: use lowercase letters, digits and - . _ ~, starting with a letter or digit`;
  }
  return undefined;
}

export function projectNameError(name: string): string | undefined {
  const flag = '--name';
  if (name.length > MAX_PROJECT_NAME) {
    return `${flag}: "${name}" is longer than ${MAX_PROJECT_NAME} characters`;
  }
  // Kebab-case maps cleanly to every form the name takes: package names, snake_case database
  // and Dart identifiers, and a title for prose.
  if (!/^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/.test(name)) {
    return `${flag}: "${name}" is not a valid project name: use lowercase kebab-case starting with a letter, e.g. "task-board"`;
  }
  return undefined;
}

export function dartPackageError(name: string, projectName: string): string | undefined {
  const flag = '--dart-package';
  if (name.length > MAX_DART_PACKAGE) {
    return `${flag}: "${name}" is longer than ${MAX_DART_PACKAGE} characters`;
  }
  if (!/^[a-z][a-z0-9_]*$/.test(name) || name.endsWith('_') || name.includes('__')) {
    return `${flag}: "${name}" is not a valid Dart package name: use lower_snake_case starting with a letter, e.g. "myapp_api"`;
  }
  if (DART_RESERVED.has(name)) {
    return `${flag}: "${name}" is a reserved word in Dart and cannot name a package`;
  }
  if (DART_SDK_NAMES.has(name)) {
    return `${flag}: "${name}" is the name of an SDK package`;
  }
  if (name === mobileAppPackage(projectName)) {
    return `${flag}: "${name}" is the name of the Flutter example app (apps/mobile); choose another, e.g. "${snakeCase(projectName)}_api"`;
  }
  return undefined;
}

/** Every problem with a requested identity, one message per flag. */
export function identityErrors(identity: Identity): string[] {
  return [
    scopeError(identity.scope),
    projectNameError(identity.projectName),
    dartPackageError(identity.dartPackage, identity.projectName),
  ].filter((message): message is string => message !== undefined);
}

export const snakeCase = (kebab: string) => kebab.replaceAll('-', '_');

/** `task-board` -> `Task Board`: the project name inside prose and window titles. */
export const titleCase = (kebab: string) =>
  kebab
    .split('-')
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join(' ');

/** The pubspec name of apps/mobile, derived from the project name. */
export const mobileAppPackage = (projectName: string) => `${snakeCase(projectName)}_mobile`;
