import { z } from 'zod';
import { Id, Timestamp } from './common.js';
import { pageOf } from './page.js';
import { TaskStatus } from './task-status.js';

export const ProjectSettings = z
  .object({
    /** Status given to new tasks that do not name one. */
    defaultStatus: TaskStatus.default('todo'),
    color: z
      .string()
      .regex(/^#[0-9a-f]{6}$/)
      .max(7)
      .default('#3b82f6'),
    archived: z.boolean().default(false),
  })
  .meta({ id: 'ProjectSettings' });

export const Project = z
  .object({
    id: Id,
    name: z.string().min(1).max(120),
    description: z.string().max(2000).optional(),
    ownerId: Id,
    settings: ProjectSettings,
    createdAt: Timestamp,
  })
  .meta({ id: 'Project' });
export type Project = z.infer<typeof Project>;

export const CreateProjectInput = z
  .object({
    name: Project.shape.name,
    description: Project.shape.description,
    ownerId: Id.meta({
      description:
        "The signed-in user's id: a project is created for its owner (FORBIDDEN otherwise).",
    }),
    settings: ProjectSettings.prefault({}),
  })
  .meta({ id: 'CreateProjectInput' });
export type CreateProjectInput = z.input<typeof CreateProjectInput>;

export const ProjectPage = pageOf(Project, 'ProjectPage');
export type ProjectPage = z.infer<typeof ProjectPage>;
