export const REGENERATE_COMMAND = 'pnpm codegen';

/** The lines every generated file starts with: generated, do not edit, source, command. */
export const headerLines = (target: string) => [
  'GENERATED CODE - DO NOT EDIT.',
  `Source: packages/contract (Zod), target ${target} of tooling/codegen.`,
  `Regenerate with: ${REGENERATE_COMMAND}`,
];

export const lineCommentHeader = (target: string, prefix = '//') =>
  `${headerLines(target)
    .map((line) => `${prefix} ${line}`)
    .join('\n')}\n`;
