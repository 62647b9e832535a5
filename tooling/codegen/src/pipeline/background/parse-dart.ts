import type { GeneratedFile } from '../types.js';
import { runInBackground } from './index.js';

/**
 * `files`, each .dart one with its syntax issues (see GeneratedFile.syntaxIssues), parsed on
 * the types worker. Targets call it as soon as they have made their Dart files, so that the
 * parsing overlaps with the rest of the run instead of ending it. With `parse` false (a run
 * without the syntax gate, see TargetContext.parseDart), `files` as they are.
 */
export async function parsedInBackground(
  files: GeneratedFile[],
  parse: boolean,
): Promise<GeneratedFile[]> {
  if (!parse) return files;
  const dart = files.filter((file) => file.path.endsWith('.dart') && !file.syntaxIssues);
  if (dart.length === 0) return files;
  const issues = await runInBackground(
    'dartSyntax',
    dart.map((file) => [file.path, file.contents]),
  );
  const byFile = new Map(dart.map((file, index) => [file, issues[index] ?? []]));
  return files.map((file) => {
    const found = byFile.get(file);
    return found === undefined ? file : { ...file, syntaxIssues: found };
  });
}
