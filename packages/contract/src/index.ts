export * from './app-version.js';
export * from './client-headers.js';
export * from './models/attachment.js';
export * from './models/auth.js';
export * from './models/common.js';
export * from './models/error.js';
export * from './models/health.js';
export * from './models/page.js';
export * from './models/project.js';
export * from './models/task.js';
export * from './models/task-status.js';
export * from './models/user.js';
export * from './openapi/build-document.js';
export * from './openapi/contract-schemas.js';
export * from './openapi/json-schema.js';
export * from './operation-types.js';
export * from './routes.js';

import { buildOpenApiDocument } from './openapi/build-document.js';
import { routes } from './routes.js';

export const apiInfo = {
  title: 'Tether example API',
  version: '0.1.0',
  description: 'A task board served over REST and tRPC from one Zod contract.',
} as const;

/** The document of this contract, as served at /openapi.json and written to openapi.json. */
export const openApiDocument = () => buildOpenApiDocument(routes, { ...apiInfo });
