import type { User } from '@acme/contract';

/** Who made a call of a signed-in route: the user, and the session their token opened. */
export interface Caller {
  readonly user: User;
  readonly sessionId: string;
  readonly tokenHash: string;
  readonly expiresAt: Date;
}
