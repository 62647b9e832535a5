/**
 * openapi-typescript's transform, run on the types worker (see pipeline/background). Two things
 * its `openapiTS()` entry does are skipped on purpose, each measured at 200 models:
 * - Redocly's lint + bundle of the document (~2 s of CPU, plus loading @redocly/openapi-core):
 *   the document is built by the contract's own pure function, has no external $ref to bundle,
 *   and is validated with an OpenAPI 3.1 validator in packages/contract's tests. The one thing
 *   that would make the transform's output silently wrong, a $ref that resolves to nothing
 *   (openapi-typescript then writes `never`), is checked here.
 * - Loading through ESM: `import ts from 'typescript'` makes Node scan the 9 MB CommonJS file
 *   for named exports first (~0.6 s); the package's CommonJS build is plain `require`.
 * The output is the same bytes: the committed client (packages/client-ts) is the golden test.
 */
import { createRequire } from 'node:module';
import type { OpenApiDocument } from '@acme/contract';

const require = createRequire(import.meta.url);
type Json = Record<string, unknown>;
const transformDocument = require('openapi-typescript/dist/transform/index.cjs') as (
  document: OpenApiDocument,
  context: Json,
) => unknown;
const { resolveRef, scanDiscriminators } = require('openapi-typescript/dist/lib/utils.cjs') as {
  resolveRef: (document: OpenApiDocument, ref: string, options: Json) => unknown;
  scanDiscriminators: (document: OpenApiDocument, options: Json) => unknown;
};
const { astToString } = require('openapi-typescript/dist/lib/ts.cjs') as {
  astToString: (ast: unknown) => string;
};

/** The `paths`, `components` and `operations` types of the document. */
export function renderOpenApiTypes(document: OpenApiDocument): string {
  assertRefsResolve(document);
  return astToString(transformDocument(document, transformContext(document)));
}

/**
 * openapi-typescript's transform context with every option at its default, except
 * defaultNonNullable: false — a field with a default is optional in what clients send and
 * required in what they receive only when the document says so (the contract names input and
 * output shapes separately), never guessed from `default`.
 */
function transformContext(document: OpenApiDocument): Json {
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
    resolve: ($ref: string) => resolveRef(document, $ref, { silent: true }),
  };
}

/** Every `$ref` of the document points inside it, at something that exists. */
function assertRefsResolve(document: OpenApiDocument): void {
  const visit = (node: unknown, where: string) => {
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

function pointsAtSomething(document: OpenApiDocument, ref: string): boolean {
  if (!ref.startsWith('#/')) return false;
  let current: unknown = document;
  for (const raw of ref.slice(2).split('/')) {
    const key = decodeURIComponent(raw).replaceAll('~1', '/').replaceAll('~0', '~');
    if (current === null || typeof current !== 'object' || !Object.hasOwn(current, key)) {
      return false;
    }
    current = (current as Json)[key];
  }
  return true;
}
