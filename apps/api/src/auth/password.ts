/**
 * The native Argon2 binding, loaded with the first password the server sees (a log-in, a
 * registration, the seed): it is 12 MB of RSS and ~25 ms of every start, and most starts of a
 * deployment (restarts, scaling out) serve for a while before anyone logs in.
 */
let argon2: Promise<typeof import('@node-rs/argon2')> | undefined;
const library = () => {
  argon2 ??= import('@node-rs/argon2');
  return argon2;
};

/**
 * Passwords are hashed with Argon2id (OWASP's first choice) at the library's defaults (19 MiB,
 * two passes: OWASP's minimum profile), into a PHC string that records its own parameters,
 * so raising them later still verifies every stored hash. The work runs on libuv's pool, not
 * on the event loop.
 */
export const hashPassword = async (password: string): Promise<string> =>
  (await library()).hash(password);

let decoy: Promise<string> | undefined;

/**
 * Whether `password` matches `storedHash` (the comparison inside is constant-time). Without a
 * stored hash (no such account, or one that cannot log in) it verifies against a decoy hash
 * of the same parameters and answers false, so a failed log-in takes the same time whether
 * the account exists or not.
 */
export async function verifyPassword(
  storedHash: string | null,
  password: string,
): Promise<boolean> {
  const { hash, verify } = await library();
  if (storedHash === null) {
    decoy ??= hash('decoy password, never a real one');
    await verify(await decoy, password);
    return false;
  }
  try {
    return await verify(storedHash, password);
  } catch {
    // A stored value that is not a PHC string (edited by hand) matches nothing.
    return false;
  }
}
