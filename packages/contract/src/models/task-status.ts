import { z } from 'zod';

export const TaskStatus = z
  .enum(['todo', 'in_progress', 'blocked', 'done'])
  .meta({ id: 'TaskStatus' });
export type TaskStatus = z.infer<typeof TaskStatus>;
