// Compiled (never run) by `tsc -p packages/client-ts` and by the codegen typecheck test: each
// line marked as an expected error must be one, so this file stops compiling if the generated types
// ever degrade to `any` or lose a constraint.
import {
  type ApiClient,
  type ApiError,
  type CreateTaskInput,
  type Task,
  unwrap,
} from '../src/index.js';

export async function typeExpectations(client: ApiClient) {
  // @ts-expect-error an unknown path
  await client.GET('/nope');
  // @ts-expect-error the path parameter is required
  await client.GET('/tasks/{taskId}', { params: { path: {} } });
  // @ts-expect-error title is a string
  await client.POST('/tasks', { body: { projectId: 'p', title: 1 } });
  // @ts-expect-error PATCH is not a method of /tasks
  await client.PATCH('/tasks', { body: {} });

  const { data, error } = await client.GET('/tasks/{taskId}', {
    params: { path: { taskId: 't' } },
  });
  if (data) {
    const task: Task = data;
    // @ts-expect-error assigneeId may be null
    const assignee: string = task.assigneeId;
    void assignee;
  }
  if (error) {
    const shared: ApiError = error;
    // @ts-expect-error error codes are a closed union in this contract version
    const code: 'NOPE' = shared.code;
    void code;
  }
  // Defaulted fields are optional in what the client sends...
  const input: CreateTaskInput = { projectId: 'p', title: 'Write docs' };
  // ...and present in what it receives.
  const created = await unwrap(client.POST('/tasks', { body: input }));
  const tags: string[] = created.tags;
  void tags;
}
