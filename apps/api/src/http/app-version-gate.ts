import {
  APP_VERSION_HEADER,
  type AppVersion,
  compareVersions,
  isVersion,
  parseVersion,
} from '@acme/contract';
import policyFile from '@acme/contract/app-version-policy.json' with { type: 'json' };
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { UpdateRequiredError } from '../errors.js';
import { StartupError } from '../startup-error.js';

const SETTING = 'breaking.minimumSupportedVersion';

/** What codegen wrote to packages/contract/app-version-policy.json (see its openapi target). */
const AppVersionPolicy = z.object({
  contractVersion: z.string().refine(isVersion, 'must be a version like 1.4.0'),
  minimumSupportedVersion: z
    .string()
    .refine(isVersion, 'must be an app version like 1.4.0, 1.4.0-beta.1 or 1.4.0+37 (or null)')
    .nullable(),
});
export type AppVersionPolicy = z.infer<typeof AppVersionPolicy>;

/**
 * The generated policy, checked: a bad value (a hand edit, a merge gone wrong) stops the server
 * at start with the setting named, rather than serving every app or none.
 */
export function loadAppVersionPolicy(raw: unknown = policyFile): AppVersionPolicy {
  const parsed = AppVersionPolicy.safeParse(raw);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const field = String(issue?.path[0] ?? 'policy');
  const value = (raw as Record<string, unknown> | null)?.[field];
  throw new StartupError(
    SETTING,
    `packages/contract/app-version-policy.json has ${field} ${JSON.stringify(value)}: ${issue?.message}. Fix ${SETTING} in codegen.config.json and run \`pnpm codegen\`.`,
  );
}

/** Apps send the same few versions over and over: remember the verdict, boundedly. */
const CACHE_LIMIT = 256;

/**
 * Answers 426 UPDATE_REQUIRED to a request whose `x-app-version` is below the minimum. Without
 * the header (browsers, curl), or with one that is no version at all, the request is served:
 * an unknown client is not a retired one. Registers nothing when no minimum is set, so the
 * default costs nothing per request.
 */
export function installAppVersionGate(app: FastifyInstance, policy: AppVersionPolicy): void {
  if (policy.minimumSupportedVersion === null) return;
  const minimumText = policy.minimumSupportedVersion;
  const minimum = parseVersion(minimumText) as AppVersion;
  const retired = new Map<string, boolean>();
  const isRetired = (text: string): boolean => {
    // No version is that long (parseVersion agrees): not worth a cache entry.
    if (text.length > 100) return false;
    let verdict = retired.get(text);
    if (verdict === undefined) {
      const version = parseVersion(text);
      verdict = version !== undefined && compareVersions(version, minimum) < 0;
      if (retired.size >= CACHE_LIMIT) retired.clear();
      retired.set(text, verdict);
    }
    return verdict;
  };
  app.addHook('onRequest', (request, _reply, done) => {
    const sent = request.headers[APP_VERSION_HEADER];
    if (typeof sent === 'string' && isRetired(sent)) {
      done(new UpdateRequiredError(minimumText));
      return;
    }
    done();
  });
}
