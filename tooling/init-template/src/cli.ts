import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { InitError } from './repo.js';
import { initTemplate } from './run.js';

const USAGE = `Usage: pnpm init-template [--scope @myco] [--name myapp] [--dart-package myapp_api] [--no-install]

Renames the npm scope, the project name and the Dart package of the generated client in every
tracked file, reinstalls, and regenerates the clients. Run it on a clean git tree; a second run
with the same names changes nothing.

  --scope         npm scope of every workspace package, e.g. @myco
  --name          project name in kebab-case, e.g. myapp or task-board
  --dart-package  Dart package name of packages/dart_client, lower_snake_case, e.g. myapp_api
  --no-install    do not run \`pnpm install\` afterwards
  --root          repository to rewrite (default: the one this script lives in)`;

/** This package sits at tooling/init-template/src: the repository is three levels up. */
const DEFAULT_ROOT = resolve(fileURLToPath(new URL('../../..', import.meta.url)));

export async function main(argv: string[]): Promise<number> {
  let values: ReturnType<typeof parse>['values'];
  try {
    values = parse(argv).values;
  } catch (error) {
    console.error(`init-template: ${(error as Error).message}\n\n${USAGE}`);
    return 2;
  }
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  if (!values.scope && !values.name && !values['dart-package']) {
    console.error(
      `init-template: give at least one of --scope, --name, --dart-package\n\n${USAGE}`,
    );
    return 2;
  }
  try {
    await initTemplate({
      root: values.root ? resolve(values.root) : DEFAULT_ROOT,
      requested: {
        scope: values.scope,
        projectName: values.name,
        dartPackage: values['dart-package'],
      },
      install: !values['no-install'],
      log: (line) => console.log(line),
    });
    return 0;
  } catch (error) {
    if (error instanceof InitError) {
      console.error(`init-template: ${error.message}`);
      return error.exitCode;
    }
    throw error;
  }
}

const parse = (argv: string[]) =>
  parseArgs({
    args: argv,
    strict: true,
    allowPositionals: false,
    options: {
      scope: { type: 'string' },
      name: { type: 'string' },
      'dart-package': { type: 'string' },
      'no-install': { type: 'boolean' },
      root: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });

process.exitCode = await main(process.argv.slice(2));
