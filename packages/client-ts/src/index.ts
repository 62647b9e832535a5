// The typed TypeScript client of the API. Types come from src/generated (run `pnpm codegen`
// after changing the contract); the client itself is a thin layer over openapi-fetch.
export {
  ApiRequestError,
  isApiError,
  isUnauthenticated,
  requestError,
  toApiError,
  UnauthenticatedError,
  UpdateRequiredError,
} from './api-error.js';
export {
  type ApiClient,
  type ApiClientOptions,
  createApiClient,
  type UnauthenticatedEvent,
  unwrap,
} from './client.js';
export {
  APP_VERSION_HEADER,
  CONTRACT_VERSION,
  CONTRACT_VERSION_HEADER,
} from './generated/client-info.js';
export type * from './generated/models.js';
export type { components, operations, paths } from './generated/openapi.js';
export { type OperationId, operations as operationTable } from './generated/operations.js';
