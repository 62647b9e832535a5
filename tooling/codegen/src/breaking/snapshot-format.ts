import type { JsonSchema } from '@acme/contract';
import { z } from 'zod';
import { CONSERVATIVE_FEATURES, type DecoderFeatures, featureNames } from './features.js';
import { isVersion } from './version.js';

/** Bumped when the file layout changes incompatibly; readers refuse formats they do not know. */
export const SNAPSHOT_FORMAT = 1;

/** Refs inside a snapshot name a model and the shape: `#/models/Task/output`. */
export const MODEL_REF = /^#\/models\/([^/]+)\/(input|output)$/;
export const modelRef = (id: string, shape: 'input' | 'output') => `#/models/${id}/${shape}`;

export interface ParameterSnapshot {
  required: boolean;
  schema: JsonSchema;
}

export interface RouteSnapshot {
  method: string;
  /** Relative to the REST prefix, `{param}` segments as in the route table. */
  path: string;
  successStatus: number;
  params: Record<string, ParameterSnapshot>;
  query: Record<string, ParameterSnapshot>;
  /** Model id of the request body (its input shape), or null. */
  body: string | null;
  /** Model id of the success body (its output shape), or null for No Content. */
  response: string | null;
  /** Model id of error bodies (their output shape), or null when errors carry no body. */
  error: string | null;
  /** Error codes the route declares besides the common ones. */
  errors: string[];
  /** Every non-success status the route can answer with. */
  errorStatuses: number[];
  /** Who may call it; absent in snapshots recorded before routes declared it (all public). */
  access?: 'public' | 'signed-in';
}

export interface ModelSnapshot {
  /** What the server sends (defaults applied), when the model is sent. */
  output?: JsonSchema;
  /** What the server accepts, when the model is received. */
  input?: JsonSchema;
}

/** The contract as one app version saw it, plus what that version's decoder tolerated. */
export interface ContractSnapshot {
  snapshotFormat: typeof SNAPSHOT_FORMAT;
  appVersion: string;
  dartFeatures: DecoderFeatures;
  models: Record<string, ModelSnapshot>;
  routes: Record<string, RouteSnapshot>;
}

const schemaObject = z.record(z.string(), z.unknown()) as unknown as z.ZodType<JsonSchema>;
const parameter = z.strictObject({ required: z.boolean(), schema: schemaObject });

const SnapshotFile = z.strictObject({
  snapshotFormat: z.literal(SNAPSHOT_FORMAT),
  appVersion: z.string().refine(isVersion, 'must be an app version like 1.4.0'),
  // Unknown names are tolerated (a newer tool may record more); missing ones become conservative.
  dartFeatures: z.record(z.string(), z.boolean()),
  models: z.record(
    z.string(),
    z.strictObject({ output: schemaObject.optional(), input: schemaObject.optional() }),
  ),
  routes: z.record(
    z.string(),
    z.strictObject({
      method: z.enum(['GET', 'POST', 'PUT', 'PATCH', 'DELETE']),
      path: z.string().startsWith('/'),
      successStatus: z.number().int().min(100).max(599),
      params: z.record(z.string(), parameter),
      query: z.record(z.string(), parameter),
      body: z.string().nullable(),
      response: z.string().nullable(),
      error: z.string().nullable(),
      errors: z.array(z.string()),
      errorStatuses: z.array(z.number().int().min(100).max(599)),
      access: z.enum(['public', 'signed-in']).optional(),
    }),
  ),
});

/** Checks a parsed file's shape and references; returns the problems, empty when sound. */
export function validateSnapshot(raw: unknown): {
  snapshot?: ContractSnapshot;
  problems: string[];
} {
  const parsed = SnapshotFile.safeParse(raw);
  if (!parsed.success) {
    return {
      problems: parsed.error.issues.map(
        (issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`,
      ),
    };
  }
  const file = parsed.data;
  const problems: string[] = [];
  const hasShape = (id: string, shape: 'input' | 'output') =>
    file.models[id]?.[shape] !== undefined;
  const checkRefs = (value: unknown, where: string) => {
    if (Array.isArray(value)) {
      for (const item of value) checkRefs(item, where);
    } else if (value !== null && typeof value === 'object') {
      for (const [key, child] of Object.entries(value)) {
        if (key === '$ref' && typeof child === 'string') {
          const match = MODEL_REF.exec(child);
          if (!match || !hasShape(match[1] as string, match[2] as 'input' | 'output')) {
            problems.push(`${where}: reference ${child} does not name a model shape in the file`);
          }
        } else if (key !== 'enum' && key !== 'const' && key !== 'default') {
          checkRefs(child, where);
        }
      }
    }
  };
  for (const [id, model] of Object.entries(file.models)) checkRefs(model, `models.${id}`);
  for (const [name, route] of Object.entries(file.routes)) {
    checkRefs(route.params, `routes.${name}.params`);
    checkRefs(route.query, `routes.${name}.query`);
    if (route.body !== null && !hasShape(route.body, 'input')) {
      problems.push(`routes.${name}.body: model ${route.body} has no input shape in the file`);
    }
    for (const part of ['response', 'error'] as const) {
      const id = route[part];
      if (id !== null && !hasShape(id, 'output')) {
        problems.push(`routes.${name}.${part}: model ${id} has no output shape in the file`);
      }
    }
  }
  if (problems.length > 0) return { problems };
  const dartFeatures = { ...CONSERVATIVE_FEATURES };
  for (const name of featureNames) {
    const recorded = file.dartFeatures[name];
    if (recorded !== undefined) dartFeatures[name] = recorded;
  }
  return { snapshot: { ...(file as ContractSnapshot), dartFeatures }, problems };
}
