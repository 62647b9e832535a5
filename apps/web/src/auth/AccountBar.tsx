import { useState } from 'react';
import { logOut } from '../api/rest';
import type { User } from '../api/types';
import { session } from './session';

/** Who is signed in, and the log-out button. */
export function AccountBar({ user }: { user: User }) {
  const [busy, setBusy] = useState(false);
  const leave = async () => {
    setBusy(true);
    // The server ends the session (its token is refused from then on). The token is dropped here
    // whatever the answer: after a network failure it is simply forgotten, and expires unused.
    await logOut();
    session.logOut();
  };
  return (
    <div className="account">
      <span>
        Signed in as <strong>{user.displayName}</strong>
      </span>
      <button type="button" onClick={leave} disabled={busy}>
        {busy ? 'Logging out…' : 'Log out'}
      </button>
    </div>
  );
}
