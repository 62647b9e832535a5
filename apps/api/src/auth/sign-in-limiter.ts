import { AppError } from '../errors.js';
import { waitInWords } from '../http/rate-limit.js';
import { AttemptWindow } from './attempt-window.js';

export interface SignInLimits {
  /** Log-in attempts per account (by its address, any letter case) per window. */
  perAccount: number;
  /** Log-in and registration attempts per client address per window. */
  perAddress: number;
  windowMs: number;
}

/**
 * Slows password guessing: per account, whatever address tries it (a spread-out attack), and
 * per address, whatever account it tries (one client spraying many). Every attempt counts
 * (success too: no race between counting and verifying); a successful log-in clears its
 * account's count. Past a limit: 429 RATE_LIMITED before the password is even hashed.
 */
export class SignInLimiter {
  private readonly accounts: AttemptWindow;
  private readonly addresses: AttemptWindow;

  constructor(limits: SignInLimits) {
    this.accounts = new AttemptWindow(limits.perAccount, limits.windowMs);
    this.addresses = new AttemptWindow(limits.perAddress, limits.windowMs);
  }

  /** Counts a log-in attempt; throws RATE_LIMITED past either limit. */
  logIn(email: string, address: string): void {
    this.countAddress(address);
    const wait = this.accounts.count(accountKey(email));
    if (wait > 0) {
      throw new AppError(
        'RATE_LIMITED',
        `Too many log-in attempts for this account; try again in ${waitInWords(Math.ceil(wait / 1000))}`,
      );
    }
  }

  /** Counts a registration against the address's budget; throws RATE_LIMITED past it. */
  register(address: string): void {
    this.countAddress(address);
  }

  succeeded(email: string): void {
    this.accounts.reset(accountKey(email));
  }

  private countAddress(address: string): void {
    const wait = this.addresses.count(address);
    if (wait > 0) {
      throw new AppError(
        'RATE_LIMITED',
        `Too many sign-in attempts from this address; try again in ${waitInWords(Math.ceil(wait / 1000))}`,
      );
    }
  }
}

const accountKey = (email: string) => email.toLowerCase();
