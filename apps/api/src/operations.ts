import {
  apiInfo,
  type OperationInput,
  type OperationName,
  type OperationOutput,
  type Routes,
} from '@acme/contract';
import type { Caller } from './auth/caller.js';
import type { Database } from './db/database.js';
import { type AuthServices, currentUser, logIn, logOut, register } from './services/auth.js';
import { checkHealth } from './services/health.js';
import { createProject, getProject, listProjects } from './services/projects.js';
import { createTask, deleteTask, getTask, listTasks, updateTask } from './services/tasks.js';
import { getUser, listUsers } from './services/users.js';

/** What a handler needs besides its input: the same for every call. */
export interface OperationContext {
  database: Database;
  auth: AuthServices;
}

/**
 * What a handler knows of the call: the client's address, and on a signed-in route the caller,
 * whom both transports authenticated before the input was validated (so a handler of a
 * signed-in route always has one, by its type).
 */
export interface CallContext<N extends OperationName = OperationName> {
  clientAddress: string;
  caller: Routes[N]['access'] extends 'signed-in' ? Caller : undefined;
}

export type OperationHandler<N extends OperationName> = (
  input: OperationInput<N>,
  context: OperationContext,
  call: CallContext<N>,
) => Promise<OperationOutput<N>>;

/** One handler per route of the contract; REST and tRPC both call these and nothing else. */
export type Operations = { [N in OperationName]: OperationHandler<N> };

/** A handler as the transports call it: they check access, the types above hold per route. */
export type AnyOperationHandler = (
  input: { params: unknown; query: unknown; body: unknown },
  context: OperationContext,
  call: { clientAddress: string; caller: Caller | undefined },
) => Promise<unknown>;

export const operations: Operations = {
  health: (_input, { database }) => checkHealth(database, apiInfo.version),
  register: ({ body }, { database, auth }, { clientAddress }) =>
    register(database.db, auth, body, clientAddress),
  logIn: ({ body }, { database, auth }, { clientAddress }) =>
    logIn(database.db, auth, body, clientAddress),
  logOut: (_input, { auth }, { caller }) => logOut(auth, caller),
  getCurrentUser: async (_input, _context, { caller }) => currentUser(caller),
  listUsers: ({ query }, { database }) => listUsers(database.db, query),
  getUser: ({ params }, { database }) => getUser(database.db, params.userId),
  listProjects: ({ query }, { database }, { caller }) =>
    listProjects(database.db, query, caller.user.id),
  getProject: ({ params }, { database }, { caller }) =>
    getProject(database.db, params.projectId, caller.user.id),
  createProject: ({ body }, { database }, { caller }) =>
    createProject(database.db, body, caller.user.id),
  listTasks: ({ query }, { database }, { caller }) => listTasks(database.db, query, caller.user.id),
  getTask: ({ params }, { database }, { caller }) =>
    getTask(database.db, params.taskId, caller.user.id),
  createTask: ({ body }, { database }, { caller }) => createTask(database.db, body, caller.user.id),
  updateTask: ({ params, body }, { database }, { caller }) =>
    updateTask(database.db, params.taskId, body, caller.user.id),
  deleteTask: ({ params }, { database }, { caller }) =>
    deleteTask(database.db, params.taskId, caller.user.id),
};
