/**
 * What the background worker (background-worker.mjs) can do. Inputs and outputs are plain
 * data: they cross the thread boundary by structured clone.
 */
import { posix } from 'node:path';
import type { JsonSchema } from '@acme/contract';
import { checkDartSyntax, type DartSyntaxIssue } from '../../dart-syntax/index.js';
import { generateDartModels } from '../../targets/dart/models.js';

export interface DartModelsInput {
  components: Record<string, JsonSchema>;
  /** Where the package lives: syntax issues name repository-relative paths. */
  packageDir: string;
}

export interface CheckedFile {
  /** Relative to the Dart package. */
  path: string;
  contents: string;
  /** Parsed right after rendering, on this thread (see GeneratedFile.syntaxIssues). */
  syntaxIssues: DartSyntaxIssue[];
}

export const jobs = {
  async dartModels({ components, packageDir }: DartModelsInput): Promise<CheckedFile[]> {
    const models = await generateDartModels(components);
    const files: CheckedFile[] = [];
    for (const [path, contents] of models) {
      const syntaxIssues = await checkDartSyntax(posix.join(packageDir, path), contents);
      files.push({ path, contents, syntaxIssues });
    }
    return files;
  },
  async dartSyntax(files: [path: string, contents: string][]): Promise<DartSyntaxIssue[][]> {
    const issues: DartSyntaxIssue[][] = [];
    for (const [path, contents] of files) issues.push(await checkDartSyntax(path, contents));
    return issues;
  },
};

export type Jobs = typeof jobs;
