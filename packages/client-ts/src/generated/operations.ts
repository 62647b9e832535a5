// GENERATED CODE - DO NOT EDIT.
// Source: packages/contract (Zod), target typescript of tooling/codegen.
// Regenerate with: pnpm codegen

export const operations = {
  createProject: { method: 'POST', path: '/projects', signedIn: true },
  createTask: { method: 'POST', path: '/tasks', signedIn: true },
  deleteTask: { method: 'DELETE', path: '/tasks/{taskId}', signedIn: true },
  getCurrentUser: { method: 'GET', path: '/auth/me', signedIn: true },
  getProject: { method: 'GET', path: '/projects/{projectId}', signedIn: true },
  getTask: { method: 'GET', path: '/tasks/{taskId}', signedIn: true },
  getUser: { method: 'GET', path: '/users/{userId}', signedIn: true },
  health: { method: 'GET', path: '/health', signedIn: false },
  listProjects: { method: 'GET', path: '/projects', signedIn: true },
  listTasks: { method: 'GET', path: '/tasks', signedIn: true },
  listUsers: { method: 'GET', path: '/users', signedIn: true },
  logIn: { method: 'POST', path: '/auth/login', signedIn: false },
  logOut: { method: 'POST', path: '/auth/logout', signedIn: true },
  register: { method: 'POST', path: '/auth/register', signedIn: false },
  updateTask: { method: 'PATCH', path: '/tasks/{taskId}', signedIn: true },
} as const;

export type OperationId = keyof typeof operations;
