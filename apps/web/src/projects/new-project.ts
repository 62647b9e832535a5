import type { CreateProjectInput, User } from '../api/types';

/**
 * The createProject input for a name typed in the form: owned by the signed-in user, the only
 * owner the API accepts (another id is 403 FORBIDDEN). The name goes as typed: the server
 * validates it.
 */
export const newProjectInput = (name: string, owner: Pick<User, 'id'>): CreateProjectInput => ({
  name,
  ownerId: owner.id,
});
