import {
  apiInfo,
  type OperationInput,
  type OperationName,
  type OperationOutput,
} from '@acme/contract';
import type { Database } from './db/database.js';
import { checkHealth } from './services/health.js';
import { createProject, getProject, listProjects } from './services/projects.js';
import { createTask, deleteTask, getTask, listTasks, updateTask } from './services/tasks.js';
import { getUser, listUsers } from './services/users.js';

/** What a handler needs besides its input. */
export interface OperationContext {
  database: Database;
}

export type OperationHandler<N extends OperationName> = (
  input: OperationInput<N>,
  context: OperationContext,
) => Promise<OperationOutput<N>>;

/** One handler per route of the contract; REST and tRPC both call these and nothing else. */
export type Operations = { [N in OperationName]: OperationHandler<N> };

export const operations: Operations = {
  health: (_input, { database }) => checkHealth(database, apiInfo.version),
  listUsers: ({ query }, { database }) => listUsers(database.db, query),
  getUser: ({ params }, { database }) => getUser(database.db, params.userId),
  listProjects: ({ query }, { database }) => listProjects(database.db, query),
  getProject: ({ params }, { database }) => getProject(database.db, params.projectId),
  createProject: ({ body }, { database }) => createProject(database.db, body),
  listTasks: ({ query }, { database }) => listTasks(database.db, query),
  getTask: ({ params }, { database }) => getTask(database.db, params.taskId),
  createTask: ({ body }, { database }) => createTask(database.db, body),
  updateTask: ({ params, body }, { database }) => updateTask(database.db, params.taskId, body),
  deleteTask: ({ params }, { database }) => deleteTask(database.db, params.taskId),
};
