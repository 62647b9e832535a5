import type { LogInInput, RegisterInput, Session, User } from '@acme/contract';
import { eq, sql } from 'drizzle-orm';
import type { Caller } from '../auth/caller.js';
import { hashPassword, verifyPassword } from '../auth/password.js';
import type { SessionStore } from '../auth/session-store.js';
import type { SignInLimiter } from '../auth/sign-in-limiter.js';
import type { Db } from '../db/database.js';
import { sqlStateOf, UNIQUE_VIOLATION } from '../db/errors.js';
import { type UserRow, users } from '../db/schema.js';
import { AppError } from '../errors.js';
import { toUser } from './users.js';

/** What the sign-in operations need besides the database. */
export interface AuthServices {
  sessions: SessionStore;
  limiter: SignInLimiter;
}

/** The one answer to a failed log-in: it never says which of the two was wrong. */
const WRONG_CREDENTIALS = 'Wrong email or password';

async function openSession(auth: AuthServices, row: UserRow): Promise<Session> {
  const { token, expiresAt } = await auth.sessions.open(row);
  return { token, expiresAt: expiresAt.toISOString(), user: toUser(row) };
}

export async function register(
  db: Db,
  auth: AuthServices,
  input: RegisterInput,
  clientAddress: string,
): Promise<Session> {
  auth.limiter.register(clientAddress);
  const passwordHash = await hashPassword(input.password);
  let row: UserRow | undefined;
  try {
    [row] = await db
      .insert(users)
      .values({ email: input.email, displayName: input.displayName, passwordHash })
      .returning();
  } catch (error) {
    // Registration has to say the address is taken; log-in never does (WRONG_CREDENTIALS).
    if (sqlStateOf(error) === UNIQUE_VIOLATION) {
      throw new AppError('CONFLICT', 'An account with this email address already exists');
    }
    throw error;
  }
  return openSession(auth, row as UserRow);
}

export async function logIn(
  db: Db,
  auth: AuthServices,
  input: LogInInput,
  clientAddress: string,
): Promise<Session> {
  auth.limiter.logIn(input.email, clientAddress);
  const [row] = await db
    .select()
    .from(users)
    .where(eq(sql`lower(${users.email})`, input.email.toLowerCase()));
  // An unknown account is verified against a decoy hash: the answer takes as long either way.
  const matches = await verifyPassword(row?.passwordHash ?? null, input.password);
  if (!row || !matches) throw new AppError('UNAUTHENTICATED', WRONG_CREDENTIALS);
  auth.limiter.succeeded(input.email);
  return openSession(auth, row);
}

export async function logOut(auth: AuthServices, caller: Caller): Promise<undefined> {
  await auth.sessions.close(caller);
  return undefined;
}

export const currentUser = (caller: Caller): User => caller.user;
