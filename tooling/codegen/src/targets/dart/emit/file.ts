import { posix } from 'node:path';
import { lineCommentHeader } from '../../../pipeline/header.js';
import type { DartFileIR, DartType, DeclarationIR } from '../model/ir.js';
import { JSON_HELPERS_FILE } from '../runtime/json-helpers.js';
import { type EnumCaseLookup, emitClass } from './class.js';
import { declaresDeprecated, deprecationPreamble } from './deprecations.js';
import { emitEnum } from './enum.js';
import { emitUnion } from './union.js';

/** Where `@immutable` comes from (a dependency of the package, see package-files.ts). */
export const META_IMPORT = 'package:meta/meta.dart';

/** Every declaration of a set of files, to resolve imports and enum defaults. */
export class DeclarationIndex {
  private readonly libraryOf = new Map<string, string>();
  private readonly enums = new Map<string, Map<string, string>>();

  constructor(files: DartFileIR[]) {
    for (const file of files) {
      for (const declaration of file.declarations) {
        this.libraryOf.set(declaration.dartName, file.partOf ?? file.path);
        if (declaration.kind === 'enum') {
          this.enums.set(
            declaration.dartName,
            new Map(declaration.cases.map((member) => [member.wire, member.dartName])),
          );
        }
      }
    }
  }

  readonly enumCase: EnumCaseLookup = (enumName, wire) => this.enums.get(enumName)?.get(wire);

  library(typeName: string): string | undefined {
    return this.libraryOf.get(typeName);
  }
}

/** The source of one generated Dart file: header, directives, declarations. */
export function emitFile(file: DartFileIR, files: DartFileIR[], index: DeclarationIndex): string {
  const lines: string[] = [
    lineCommentHeader('dart').trimEnd(),
    '',
    ...deprecationPreamble(declaresDeprecated(file.declarations)),
  ];
  const dir = posix.dirname(file.path);
  const relative = (path: string) => posix.relative(dir, path);
  if (file.partOf) {
    lines.push(`part of '${relative(file.partOf)}';`, '');
  } else {
    const members = [file, ...files.filter((other) => other.partOf === file.path)];
    const imports = new Set<string>([relative(JSON_HELPERS_FILE)]);
    for (const member of members) {
      for (const name of referencedTypes(member.declarations)) {
        const library = index.library(name);
        if (library !== undefined && library !== file.path) imports.add(relative(library));
      }
    }
    // @immutable (package:meta) on every class and sealed union.
    if (members.some((member) => member.declarations.some((d) => d.kind !== 'enum'))) {
      lines.push(`import '${META_IMPORT}';`, '');
    }
    lines.push(...[...imports].sort().map((path) => `import '${path}';`), '');
    if (file.parts.length > 0) {
      lines.push(...[...file.parts].sort().map((part) => `part '${relative(part)}';`), '');
    }
  }
  file.declarations.forEach((declaration, position) => {
    if (position > 0) lines.push('');
    lines.push(...emitDeclaration(declaration, index));
  });
  return `${lines.join('\n')}\n`;
}

function emitDeclaration(declaration: DeclarationIR, index: DeclarationIndex): string[] {
  switch (declaration.kind) {
    case 'class':
      return emitClass(declaration, index.enumCase);
    case 'enum':
      return emitEnum(declaration);
    case 'union':
      return emitUnion(declaration);
  }
}

function referencedTypes(declarations: DeclarationIR[]): Set<string> {
  const names = new Set<string>();
  const visit = (type: DartType) => {
    switch (type.kind) {
      case 'model':
      case 'enum':
        names.add(type.name);
        return;
      case 'list':
        return visit(type.items);
      case 'map':
        return visit(type.values);
      case 'nullable':
        return visit(type.inner);
      default:
        return;
    }
  };
  for (const declaration of declarations) {
    if (declaration.kind === 'class') {
      for (const field of declaration.fields) visit(field.type);
      for (const base of declaration.implements) names.add(base);
    }
    if (declaration.kind === 'union') {
      for (const variant of declaration.variants) names.add(variant.className);
    }
  }
  return names;
}
