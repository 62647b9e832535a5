/**
 * What the background workers (background-worker.mjs) can do. Inputs and outputs are plain
 * data: they cross the thread boundary by structured clone.
 */
import { posix } from 'node:path';
import type { JsonSchema, OpenApiDocument } from '@acme/contract';
import type { DartSyntaxIssue } from '../../dart-syntax/issue.js';

/** Loaded on the first parse: a run without the syntax gate never loads tree-sitter. */
const parser = () => import('../../dart-syntax/check-syntax.js');

/**
 * What each worker loads as it starts, while the main thread loads the contract: quicktype-core
 * (models worker) or TypeScript and openapi-typescript (types worker). Neither loads the other's.
 */
export const preloads = {
  models: () => import('../../targets/dart/models.js'),
  types: () => import('../../targets/typescript/openapi-transform.js'),
};
export type Preload = keyof typeof preloads;

export interface DartModelsInput {
  components: Record<string, JsonSchema>;
  /** Where the package lives: syntax issues name repository-relative paths. */
  packageDir: string;
  /** Parse each file (the syntax gate); when false, `syntaxIssues` is left out. */
  parse: boolean;
}

export interface CheckedFile {
  /** Relative to the Dart package. */
  path: string;
  contents: string;
  /** Parsed right after rendering, on this thread (see GeneratedFile.syntaxIssues). */
  syntaxIssues?: DartSyntaxIssue[];
}

/**
 * The models' chunks of this worker's last run: a watch session keeps its workers, so each
 * edit reads again only the chunks it changed (see generateDartModels).
 */
let dartModelMemo: import('../../targets/dart/models.js').DartModelMemo | undefined;

export const jobs = {
  /**
   * The model files of the Dart package, each parsed (if asked) where it was rendered: no round
   * trip through the main thread, which is busy with the vectors meanwhile.
   */
  async dartModels({ components, packageDir, parse }: DartModelsInput): Promise<CheckedFile[]> {
    const { generateDartModels, DartModelMemo } = await preloads.models();
    dartModelMemo ??= new DartModelMemo();
    const models = await generateDartModels(components, { memo: dartModelMemo });
    if (!parse) return [...models].map(([path, contents]) => ({ path, contents }));
    const { checkDartSyntax } = await parser();
    const files: CheckedFile[] = [];
    for (const [path, contents] of models) {
      const syntaxIssues = await checkDartSyntax(posix.join(packageDir, path), contents);
      files.push({ path, contents, syntaxIssues });
    }
    return files;
  },
  async openapiTypes(document: OpenApiDocument): Promise<string> {
    const { renderOpenApiTypes } = await preloads.types();
    return renderOpenApiTypes(document);
  },
  async dartSyntax(files: [path: string, contents: string][]): Promise<DartSyntaxIssue[][]> {
    const { checkDartSyntax } = await parser();
    const issues: DartSyntaxIssue[][] = [];
    for (const [path, contents] of files) issues.push(await checkDartSyntax(path, contents));
    return issues;
  },
};

export type Jobs = typeof jobs;
