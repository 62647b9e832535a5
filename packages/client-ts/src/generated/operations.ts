// GENERATED CODE - DO NOT EDIT.
// Source: packages/contract (Zod), target typescript of tooling/codegen.
// Regenerate with: pnpm codegen

export const operations = {
  createProject: { method: 'POST', path: '/projects' },
  createTask: { method: 'POST', path: '/tasks' },
  deleteTask: { method: 'DELETE', path: '/tasks/{taskId}' },
  getCurrentUser: { method: 'GET', path: '/auth/me' },
  getProject: { method: 'GET', path: '/projects/{projectId}' },
  getTask: { method: 'GET', path: '/tasks/{taskId}' },
  getUser: { method: 'GET', path: '/users/{userId}' },
  health: { method: 'GET', path: '/health' },
  listProjects: { method: 'GET', path: '/projects' },
  listTasks: { method: 'GET', path: '/tasks' },
  listUsers: { method: 'GET', path: '/users' },
  logIn: { method: 'POST', path: '/auth/login' },
  logOut: { method: 'POST', path: '/auth/logout' },
  register: { method: 'POST', path: '/auth/register' },
  updateTask: { method: 'PATCH', path: '/tasks/{taskId}' },
} as const;

export type OperationId = keyof typeof operations;
