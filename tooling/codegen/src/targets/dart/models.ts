import { createHash } from 'node:crypto';
import type { JsonSchema } from '@acme/contract';
import { emitModelSources } from './emit/model-sources.js';
import { analyzeContract } from './model/analyze.js';
import { MODELS_PER_CHUNK, modelChunks } from './model/chunks.js';
import type { DartFileIR } from './model/ir.js';
import { dartModelFile } from './naming.js';
import { contractFiles } from './quicktype/run.js';

/**
 * The model files of the Dart package (paths relative to the package root, e.g.
 * `lib/src/models/task.dart`), from the contract's component schemas. Throws CodegenError
 * naming the model and field for any construct Dart cannot express faithfully.
 *
 * quicktype reads the models chunk by chunk (see model/chunks.ts); with a memo (a watch
 * session's models worker keeps one), a chunk whose schemas did not change since the last run
 * is not read again, so an edit of one model costs about one chunk, not the whole contract.
 */
export async function generateDartModels(
  components: Record<string, JsonSchema>,
  { memo = new DartModelMemo(), modelsPerChunk = MODELS_PER_CHUNK }: DartModelsOptions = {},
): Promise<Map<string, string>> {
  // The whole contract first: its errors, and the stand-ins of every chunk, come from here.
  const analyzed = analyzeContract(components);
  const files: DartFileIR[] = [];
  const used = new Map<string, DartFileIR[]>();
  let read = 0;
  for (const chunk of modelChunks(analyzed, modelsPerChunk)) {
    const key = createHash('sha256').update(JSON.stringify(chunk)).digest('base64');
    let chunkFiles = used.get(key) ?? memo.get(key);
    if (chunkFiles === undefined) {
      read += 1;
      const own = new Set(chunk.own.map(dartModelFile));
      chunkFiles = (await contractFiles(analyzeContract(chunk.components))).filter((file) =>
        own.has(file.path),
      );
    }
    used.set(key, chunkFiles);
    files.push(...chunkFiles);
  }
  memo.keepOnly(used, read);
  // quicktype names the types of each chunk apart; the chunks' names must also be apart (two
  // models whose Dart names collide), or quicktype must see them together to tell them apart.
  if (!namesApart(files)) return emitModelSources(await contractFiles(analyzed));
  return emitModelSources(files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)));
}

export interface DartModelsOptions {
  /** The chunks of an earlier run to reuse (a watch session's); none by default. */
  memo?: DartModelMemo;
  /** About how many models quicktype reads at a time (see model/chunks.ts). */
  modelsPerChunk?: number;
}

function namesApart(files: DartFileIR[]): boolean {
  const names = files.flatMap((file) =>
    file.declarations.map((declaration) => declaration.dartName),
  );
  return new Set(names).size === names.length;
}

/**
 * The IR of each chunk of the last run, by the hash of the chunk's schemas. The IR is never
 * changed once built (the emitters only read it), so it is shared between runs.
 */
export class DartModelMemo {
  private chunks = new Map<string, DartFileIR[]>();
  /** Chunks of the last run, and how many of them quicktype read (the others were reused). */
  lastRun = { chunks: 0, read: 0 };

  get(key: string): DartFileIR[] | undefined {
    return this.chunks.get(key);
  }

  /** Keeps this run's chunks only: the memo never outgrows one contract. */
  keepOnly(chunks: Map<string, DartFileIR[]>, read: number): void {
    this.chunks = chunks;
    this.lastRun = { chunks: chunks.size, read };
  }
}
