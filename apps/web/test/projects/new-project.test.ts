import { describe, expect, it } from 'vitest';
import { newProjectInput } from '../../src/projects/new-project';

describe('newProjectInput', () => {
  it('makes the signed-in user the owner (the API refuses any other: 403)', () => {
    const owner = { id: '7b0c4f56-0b38-4c8e-9f0e-0f3f0c1f5a10' };
    expect(newProjectInput('Launch', owner)).toEqual({ name: 'Launch', ownerId: owner.id });
  });

  it('sends the name as typed: the server validates it', () => {
    expect(newProjectInput('', { id: 'u' }).name).toBe('');
  });
});
