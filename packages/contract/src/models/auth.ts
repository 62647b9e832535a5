import { z } from 'zod';
import { secret, Timestamp } from './common.js';
import { DisplayName, Email, User } from './user.js';

/**
 * Passwords: at least 8 characters (NIST SP 800-63B), at most 200 so hashing a request's
 * password costs a bounded time; any characters.
 */
export const NewPassword = secret(z.string().min(8).max(200));

export const RegisterInput = z
  .object({
    email: Email,
    password: NewPassword,
    displayName: DisplayName,
  })
  .meta({ id: 'RegisterInput' });
export type RegisterInput = z.infer<typeof RegisterInput>;

export const LogInInput = z
  .object({
    email: Email,
    // Not the registration rule: a log-in never tells which passwords would be accepted.
    password: secret(z.string().min(1).max(200)),
  })
  .meta({ id: 'LogInInput' });
export type LogInInput = z.infer<typeof LogInInput>;

/**
 * A signed-in session: send `token` as `Authorization: Bearer <token>` on every call of a
 * signed-in route until `expiresAt`, or until it is logged out. The token is opaque: clients
 * store it and never parse it.
 */
export const Session = z
  .object({
    token: secret(z.string().min(32).max(200)),
    expiresAt: Timestamp,
    user: User,
  })
  .meta({
    id: 'Session',
    examples: [
      {
        token: 'q3Jm0vYy2m5t3bqkWv1cXo8m4J0uZr9nT6aLpE2sHdQ',
        expiresAt: '2027-01-03T12:00:00.000Z',
        user: {
          id: '7b0c4f56-0b38-4c8e-9f0e-0f3f0c1f5a10',
          email: 'demo@example.com',
          displayName: 'Demo User',
          avatarUrl: null,
          createdAt: '2026-12-04T12:00:00.000Z',
        },
      },
    ],
  });
export type Session = z.infer<typeof Session>;
