import { z } from 'zod';
import { Id, Timestamp } from './common.js';
import { pageOf } from './page.js';

/** An email address: the account's log-in name, unique whatever its letter case. */
export const Email = z.email().max(254);
export const DisplayName = z.string().min(1).max(100);

export const User = z
  .object({
    id: Id,
    email: Email,
    displayName: DisplayName,
    /** Present on every user; null until one is uploaded. */
    avatarUrl: z.url().max(2048).nullable(),
    createdAt: Timestamp,
  })
  .meta({ id: 'User' });
export type User = z.infer<typeof User>;

export const UserPage = pageOf(User, 'UserPage');
export type UserPage = z.infer<typeof UserPage>;
