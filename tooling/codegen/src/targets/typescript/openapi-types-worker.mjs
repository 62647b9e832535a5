// Worker thread for the TypeScript target: runs openapi-typescript's transform (and loads
// TypeScript, its heaviest dependency) off the main thread, so that it overlaps with loading the
// contract and generating Dart. Plain JavaScript: a worker does not inherit the tsx loader.
//
// Two things its `openapiTS()` entry does are skipped on purpose, each measured at 200 models:
// - Redocly's lint + bundle of the document (~2 s of CPU, plus loading @redocly/openapi-core):
//   the document is built by the contract's own pure function, has no external $ref to bundle,
//   and is validated with an OpenAPI 3.1 validator in packages/contract's tests. The one thing
//   that would make the transform's output silently wrong, a $ref that resolves to nothing
//   (openapi-typescript then writes `never`), is checked here.
// - Loading through ESM: `import ts from 'typescript'` makes Node scan the 9 MB CommonJS file
//   for named exports first (~0.6 s); the package's CommonJS build is plain `require`.
// The output is the same bytes: the committed client (packages/client-ts) is the golden test.
import { createRequire } from 'node:module';
import { parentPort } from 'node:worker_threads';

const require = createRequire(import.meta.url);
const transformDocument = require('openapi-typescript/dist/transform/index.cjs');
const { resolveRef, scanDiscriminators } = require('openapi-typescript/dist/lib/utils.cjs');
const { astToString } = require('openapi-typescript/dist/lib/ts.cjs');

/**
 * openapi-typescript's transform context with every option at its default, except
 * defaultNonNullable: false — a field with a default is optional in what clients send and
 * required in what they receive only when the document says so (the contract names input and
 * output shapes separately), never guessed from `default`.
 */
function transformContext(document) {
  const off = false;
  return {
    additionalProperties: off,
    alphabetize: off,
    arrayLength: off,
    defaultNonNullable: false,
    discriminators: scanDiscriminators(document, {}),
    emptyObjectsUnknown: off,
    enum: off,
    enumValues: off,
    conditionalEnums: off,
    dedupeEnums: off,
    excludeDeprecated: off,
    exportType: off,
    immutable: off,
    rootTypes: off,
    rootTypesNoSchemaPrefix: off,
    rootTypesKeepCasing: off,
    injectFooter: [],
    pathParamsAsTypes: off,
    postTransform: undefined,
    propertiesRequiredByDefault: off,
    silent: true,
    inject: undefined,
    transform: undefined,
    transformProperty: undefined,
    makePathsEnum: off,
    generatePathParams: off,
    readWriteMarkers: off,
    resolve: ($ref) => resolveRef(document, $ref, { silent: true }),
  };
}

/** Every `$ref` of the document points inside it, at something that exists. */
function assertRefsResolve(document) {
  const visit = (node, where) => {
    if (Array.isArray(node)) {
      for (const [index, item] of node.entries()) visit(item, `${where}[${index}]`);
      return;
    }
    if (node === null || typeof node !== 'object') return;
    for (const [key, value] of Object.entries(node)) {
      if (key === '$ref' && typeof value === 'string' && !pointsAtSomething(document, value)) {
        throw new Error(`$ref ${value} at ${where} resolves to nothing`);
      }
      // Values, not schemas: a `$ref` key inside an example is data.
      if (key !== 'enum' && key !== 'const' && key !== 'default' && key !== 'examples') {
        visit(value, where === '' ? key : `${where}.${key}`);
      }
    }
  };
  visit(document, '');
}

function pointsAtSomething(document, ref) {
  if (!ref.startsWith('#/')) return false;
  let current = document;
  for (const raw of ref.slice(2).split('/')) {
    const key = decodeURIComponent(raw).replaceAll('~1', '/').replaceAll('~0', '~');
    if (current === null || typeof current !== 'object' || !Object.hasOwn(current, key)) {
      return false;
    }
    current = current[key];
  }
  return true;
}

parentPort?.on('message', ({ id, document }) => {
  try {
    assertRefsResolve(document);
    const ast = transformDocument(document, transformContext(document));
    parentPort?.postMessage({ id, ok: true, text: astToString(ast) });
  } catch (error) {
    parentPort?.postMessage({ id, ok: false, message: String(error?.message ?? error) });
  }
});
parentPort?.postMessage({ ready: true });
