import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { CodegenError } from '../errors.js';

const AcknowledgementsFile = z.strictObject({
  acknowledged: z.array(
    z.strictObject({
      /** A change id exactly as `pnpm codegen breaking` prints it. */
      id: z.string().min(1),
      /** Why shipping the break is acceptable (e.g. the feature is behind a forced update). */
      reason: z.string().trim().min(10, 'give a reason of at least 10 characters'),
    }),
  ),
});

/** Change id -> reason. A missing file acknowledges nothing. */
export async function loadAcknowledgements(
  repoRoot: string,
  path: string,
): Promise<Map<string, string>> {
  let text: string;
  try {
    text = await readFile(join(repoRoot, path), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return new Map();
    throw new CodegenError(`cannot read: ${(error as Error).message}`, { file: path, exitCode: 2 });
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new CodegenError(`not JSON: ${(error as Error).message}`, { file: path, exitCode: 2 });
  }
  const parsed = AcknowledgementsFile.safeParse(raw);
  if (!parsed.success) {
    const issues = parsed.error.issues.map(
      (issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`,
    );
    throw new CodegenError(
      `invalid acknowledgements (expected { "acknowledged": [{ "id", "reason" }] })\n  ${issues.join('\n  ')}`,
      { file: path, exitCode: 2 },
    );
  }
  const byId = new Map<string, string>();
  for (const { id, reason } of parsed.data.acknowledged) {
    if (byId.has(id)) {
      throw new CodegenError(`change ${id} is acknowledged twice`, { file: path, exitCode: 2 });
    }
    byId.set(id, reason);
  }
  return byId;
}

export const emptyAcknowledgements = () => `${JSON.stringify({ acknowledged: [] }, null, 2)}\n`;
