import type { OperationName } from '@acme/contract';
import type { References } from './valid-input.js';

/**
 * Which input fields of each operation name existing rows, so generated calls hit real data
 * (and which cursor fields take issued cursors). Keyed by the route table: a route added to
 * the contract without a plan here fails the fuzz (planOf), instead of going unfuzzed.
 */
const plans: { [N in OperationName]: References } = {
  health: {},
  register: {},
  logIn: {},
  logOut: {},
  getCurrentUser: {},
  listUsers: { 'query.cursor': 'cursor' },
  getUser: { 'params.userId': 'user' },
  listProjects: { 'query.cursor': 'cursor' },
  getProject: { 'params.projectId': 'project' },
  createProject: { 'body.ownerId': 'caller' },
  listTasks: {
    'query.projectId': 'project',
    'query.assigneeId': 'user',
    'query.cursor': 'cursor',
  },
  getTask: { 'params.taskId': 'task' },
  createTask: { 'body.projectId': 'project', 'body.assigneeId': 'user' },
  updateTask: { 'params.taskId': 'task', 'body.assigneeId': 'user' },
  deleteTask: { 'params.taskId': 'task' },
};

export function planOf(name: string): References {
  if (!Object.hasOwn(plans, name)) {
    throw new Error(`Route ${name} has no fuzz plan: add its references to test/fuzz/plans.ts`);
  }
  return plans[name as OperationName];
}
