import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { logIn } from '../api/rest';
import { type FormErrors, formErrorsFrom, hasFormErrors, noFormErrors } from '../tasks/form-errors';
import { Field } from '../ui/Field';
import { session } from './session';
import type { SessionEnd } from './session-store';

const fieldNames: ReadonlySet<string> = new Set(['email', 'password']);

/** The account the API's seed creates (apps/api/src/db/seed.ts), shown as a hint. */
export const DEMO_ACCOUNT = { email: 'demo@example.com', password: 'tether-demo' } as const;

/** What the screen says about how the last session ended. */
export const sessionEndNotices: Readonly<Record<SessionEnd, string>> = {
  none: '',
  'logged-out': 'You have logged out.',
  expired: 'Your session has ended. Log in again to continue.',
};

/**
 * Email and password, sent to logIn. As in the task form the server is the one validator: its
 * answer is shown as it is, details next to their input (an invalid email) and anything else,
 * wrong credentials or too many attempts, above the form with the ApiError's message.
 */
export function LogInPage({ ended }: { ended: SessionEnd }) {
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<FormErrors>(noFormErrors);
  const [busy, setBusy] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const headingId = useId();

  // After a failed attempt, focus the first field to fix, or the message above the form.
  useEffect(() => {
    if (!hasFormErrors(errors)) return;
    formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"], .form-errors')?.focus();
  }, [errors]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setErrors(noFormErrors);
    const result = await logIn({ email, password });
    setBusy(false);
    if (result.ok) session.start(result.data);
    else setErrors(formErrorsFrom(result.error, fieldNames));
  }

  const notice = hasFormErrors(errors) ? '' : sessionEndNotices[ended];
  return (
    <section className="log-in">
      <form
        ref={formRef}
        noValidate
        onSubmit={submit}
        aria-labelledby={headingId}
        className="task-form"
      >
        <h2 id={headingId}>Log in</h2>
        <p role="status" className="notice">
          {notice}
        </p>
        {errors.general.length > 0 && (
          <div className="form-errors" role="alert" tabIndex={-1}>
            {errors.general.map((message) => (
              <p key={message}>{message}</p>
            ))}
          </div>
        )}
        <Field name="email" label="Email" errors={errors}>
          {(props) => (
            <input
              {...props}
              type="email"
              autoComplete="username"
              value={email}
              onChange={(event) => setEmail(event.target.value)}
            />
          )}
        </Field>
        <Field name="password" label="Password" errors={errors}>
          {(props) => (
            <input
              {...props}
              type="password"
              autoComplete="current-password"
              value={password}
              onChange={(event) => setPassword(event.target.value)}
            />
          )}
        </Field>
        <button type="submit" disabled={busy}>
          {busy ? 'Logging in…' : 'Log in'}
        </button>
      </form>
      <p className="hint">
        Demo account (created by the API’s seed): <code>{DEMO_ACCOUNT.email}</code>, password{' '}
        <code>{DEMO_ACCOUNT.password}</code>
      </p>
    </section>
  );
}
