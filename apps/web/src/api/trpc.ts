import { session } from '../auth/session';
import { createTrpcClient, settleTrpc } from './trpc-client';
import type { CreateProjectInput, Page, Project, Result } from './types';

export const PROJECT_PAGE_SIZE = 10;

const trpc = createTrpcClient({ url: new URL('/trpc', window.location.origin).href, session });

export const listProjectsViaTrpc = (cursor: string | undefined): Promise<Result<Page<Project>>> =>
  settleTrpc(session, () => trpc.listProjects.query({ limit: PROJECT_PAGE_SIZE, cursor }));

/** Procedures take what REST takes in one object: here the request body as `body`. */
export const createProjectViaTrpc = (body: CreateProjectInput): Promise<Result<Project>> =>
  settleTrpc(session, () => trpc.createProject.mutate({ body }));
