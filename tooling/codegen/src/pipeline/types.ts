import type {
  ContractSchemas,
  OpenApiDocument,
  OpenApiInfo,
  RouteDefinition,
} from '@acme/contract';
import type { z } from 'zod';
import type { CodegenConfig } from '../config.js';
import type { DartSyntaxIssue } from '../dart-syntax/index.js';

/** The contract as every target sees it: loaded once per run, from source. */
export interface LoadedContract {
  routes: Record<string, RouteDefinition>;
  info: OpenApiInfo;
  /** The OpenAPI 3.1 document, exactly as the server serves it. */
  document: OpenApiDocument;
  /** Named JSON Schemas of every model, input and output shapes (see ContractSchemas). */
  schemas: ContractSchemas;
  /** The Zod schema behind each model id (for vectors: Zod is the oracle). */
  zodModels: Map<string, z.ZodType>;
  /** The handshake's header names, which both generated clients send. */
  clientHeaders: { appVersion: string; contractVersion: string };
}

/** One file a target produces; `path` is repository-relative with forward slashes. */
export interface GeneratedFile {
  path: string;
  contents: string;
  /**
   * For a .dart file a worker has already parsed (where it was rendered): its syntax issues,
   * so that the verify step does not parse it again on the main thread.
   */
  syntaxIssues?: DartSyntaxIssue[];
}

export interface TargetContext {
  repoRoot: string;
  config: CodegenConfig;
  contract: LoadedContract;
  /**
   * Whether generated Dart is parsed (the syntax gate): targets hand their .dart files to a
   * worker as they make them when true, and skip that when false (see RunOptions).
   */
  parseDart: boolean;
}

/** Paths a target owns: every file under `dirs`, and each of `files`, is generated. */
export interface OwnedPaths {
  dirs: string[];
  files: string[];
}

export interface Target {
  name: string;
  owns(config: CodegenConfig): OwnedPaths;
  /**
   * Optional: start slow, contract-independent work (e.g. a worker loading a big library)
   * before the contract is loaded, so that it overlaps with the other targets.
   */
  prepare?(): void;
  generate(context: TargetContext): Promise<GeneratedFile[]>;
}

/** What a CLI command gets: where the repository is and where to print. */
export interface CliIo {
  repoRoot: string;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

/** A subcommand of `pnpm codegen`; resolves to the process exit code. */
export type CliCommand = (argv: string[], io: CliIo) => Promise<number>;
