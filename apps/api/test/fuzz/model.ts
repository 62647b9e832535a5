import type { Project, Task, User } from '@acme/contract';
import { ZERO_ID } from '../helpers/bad-input-cases.js';
import type { Ref, RefKind } from './markers.js';

/** Ids with O(1) add, remove and pick by index (the fuzz picks one per reference). */
class IdPool {
  private readonly ids: string[] = [];
  private readonly index = new Map<string, number>();
  constructor(private readonly cap = Number.POSITIVE_INFINITY) {}
  add(id: string) {
    if (this.index.has(id)) return;
    if (this.ids.length >= this.cap) this.remove(this.ids[0] as string);
    this.index.set(id, this.ids.length);
    this.ids.push(id);
  }
  remove(id: string) {
    const at = this.index.get(id);
    if (at === undefined) return;
    const last = this.ids.pop() as string;
    this.index.delete(id);
    if (last !== id) {
      this.ids[at] = last;
      this.index.set(last, at);
    }
  }
  pick(n: number) {
    return this.ids.length === 0 ? undefined : this.ids[n % this.ids.length];
  }
}

/**
 * What the database must hold, built from the seeded rows and every write the server reported
 * as done. Reads are checked against it as the fuzz goes, and the full listings at the end.
 */
export class Model {
  readonly users = new Map<string, User>();
  readonly projects = new Map<string, Project>();
  readonly tasks = new Map<string, Task>();
  private readonly pools: Record<RefKind, IdPool> = {
    user: new IdPool(),
    caller: new IdPool(),
    project: new IdPool(),
    task: new IdPool(),
    deletedTask: new IdPool(1_000),
    cursor: new IdPool(1_000),
  };

  /** The user the fuzz is signed in as: projects it creates must name it as their owner. */
  setCaller(id: string) {
    this.pools.caller.add(id);
  }
  get callerId(): string | undefined {
    return this.pools.caller.pick(0);
  }
  putUser(user: User) {
    this.users.set(user.id, user);
    this.pools.user.add(user.id);
  }
  putProject(project: Project) {
    this.projects.set(project.id, project);
    this.pools.project.add(project.id);
  }
  putTask(task: Task) {
    this.tasks.set(task.id, task);
    this.pools.task.add(task.id);
  }
  deleteTask(id: string) {
    this.tasks.delete(id);
    this.pools.task.remove(id);
    this.pools.deletedTask.add(id);
  }
  addCursor(cursor: string) {
    this.pools.cursor.add(cursor);
  }

  /**
   * The live value a reference stands for: with its pool empty, an unknown id, or no cursor
   * (the first page) rather than a made-up one.
   */
  resolve = (ref: Ref): string | undefined =>
    this.pools[ref.kind].pick(ref.pick) ?? (ref.kind === 'cursor' ? undefined : ZERO_ID);

  /**
   * A resolver that never hands out the same task twice: calls of one batch run concurrently,
   * and two of them on one task would end in an order the model cannot know.
   */
  distinctResolver(): (ref: Ref) => string | undefined {
    const used = new Set<string>();
    return (ref) => {
      if (ref.kind !== 'task') return this.resolve(ref);
      for (let offset = 0; offset < 20; offset++) {
        const id = this.pools.task.pick(ref.pick + offset);
        if (id !== undefined && !used.has(id)) {
          used.add(id);
          return id;
        }
      }
      return ZERO_ID;
    };
  }
}
