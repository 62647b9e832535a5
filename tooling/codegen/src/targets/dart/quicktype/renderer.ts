import {
  type ClassType,
  DartRenderer,
  DartTargetLanguage,
  dartOptions,
  type EnumType,
  funPrefixNamer,
  getOptionValues,
  type Name,
  type Namer,
  type RenderContext,
  type Type,
} from 'quicktype-core';
import type { AnalyzedContract } from '../model/analyze.js';
import { buildFiles, type GraphAccess } from '../model/build-ir.js';
import type { DartFileIR } from '../model/ir.js';
import { dartTypeName } from '../naming.js';

/**
 * Names the generated code uses besides the fields, which a field must not shadow: members,
 * json_helpers functions, `other` (the parameter of ==), the loop variables of toJson, and
 * the dart:core types written in lower case.
 */
const RESERVED_MEMBERS = [
  'bool',
  'double',
  'e0',
  'e1',
  'e2',
  'e3',
  'e4',
  'e5',
  'int',
  'num',
  'other',
  'copyWith',
  'deepEquals',
  'deepHash',
  'fromJson',
  'frozenDateTime',
  'frozenJson',
  'frozenList',
  'frozenMap',
  'frozenObject',
  'frozenOrNull',
  'frozenPresent',
  'hashCode',
  'identical',
  'keepWire',
  'listOf',
  'mapOf',
  'noSuchMethod',
  'nullableOf',
  'readBool',
  'readDateTime',
  'readDefaultedField',
  'readDouble',
  'readField',
  'readInt',
  'readLiteral',
  'readNullishField',
  'readObject',
  'readOptionalField',
  'readString',
  'runtimeType',
  'toJson',
  'toString',
  'unknownWireOf',
  'writeDateTime',
];

/** Members every generated enum has: a wire value must not take their name. */
const RESERVED_ENUM_CASES = [
  'fromJson',
  'index',
  'isUnknown',
  'name',
  'toJson',
  'unknown',
  'values',
];

/**
 * Types every model file names: json_helpers.dart's, and the dart:core errors the generated
 * code throws (naming.ts renames the dart:core types models most often clash with).
 */
const RESERVED_TYPES = ['FormatException', 'JsonReader', 'Present', 'StateError', 'WireEnum'];

/**
 * quicktype's Dart renderer, keeping what it does well (reading the type graph, resolving
 * references and recursion, naming fields with Dart keywords escaped and collisions avoided)
 * and replacing its emitters, whose defaults are wrong for a wire contract (flattened unions,
 * crashing enums, null written for absent fields, local-time dates): see docs/dart-output.md.
 * Its result is the files' IR (../model/ir.ts); ../emit/ writes the Dart text from it.
 */
class ContractDartRenderer extends DartRenderer {
  constructor(
    targetLanguage: DartTargetLanguage,
    renderContext: RenderContext,
    options: ConstructorParameters<typeof DartRenderer>[2],
    private readonly analyzed: AnalyzedContract,
    private readonly onFiles: (files: DartFileIR[]) => void,
  ) {
    super(targetLanguage, renderContext, options);
  }

  /** Class names follow naming.ts, the rule the API client engineer's code also uses. */
  protected override makeNamedTypeNamer(): Namer {
    return funPrefixNamer('types', dartTypeName);
  }

  /** lowerCamel members (`inProgress`), as Effective Dart names enum values. */
  protected override makeEnumCaseNamer(): Namer {
    return super.namerForObjectProperty();
  }

  protected override forbiddenNamesForGlobalNamespace(): readonly string[] {
    return [...super.forbiddenNamesForGlobalNamespace(), ...RESERVED_TYPES];
  }

  protected override forbiddenForObjectProperties(): {
    names: string[];
    includeGlobalForbidden: boolean;
  } {
    return { names: RESERVED_MEMBERS, includeGlobalForbidden: true };
  }

  protected override forbiddenForEnumCases(): { names: string[]; includeGlobalForbidden: boolean } {
    return { names: RESERVED_ENUM_CASES, includeGlobalForbidden: true };
  }

  /** Hands the files' IR out (see contractFiles); the text is emitted from it, without quicktype. */
  protected override emitSourceStructure(): void {
    this.onFiles(buildFiles(this.analyzed, this.graphAccess()));
  }

  private graphAccess(): GraphAccess {
    const text = (name: Name) => this.sourcelikeToString(name);
    return {
      topLevel: (component) => this.topLevels.get(component),
      nameOf: (type: Type) => text(this.nameForNamedType(type)),
      propertyNames: (type: ClassType) => {
        const names = new Map<string, string>();
        this.forEachClassProperty(type, 'none', (name, jsonName) => {
          names.set(jsonName, text(name));
        });
        return names;
      },
      caseNames: (type: EnumType) => {
        const names = new Map<string, string>();
        this.forEachEnumCase(type, 'none', (name, jsonName) => {
          names.set(jsonName, text(name));
        });
        return names;
      },
    };
  }
}

/** quicktype's Dart target with the renderer above, handing each run's files to `onFiles`. */
export class ContractDartLanguage extends DartTargetLanguage {
  constructor(
    private readonly analyzed: AnalyzedContract,
    private readonly onFiles: (files: DartFileIR[]) => void,
  ) {
    super();
  }

  protected override makeRenderer(
    renderContext: RenderContext,
    untypedOptionValues: Record<string, unknown>,
  ): DartRenderer {
    const options = getOptionValues(dartOptions, untypedOptionValues as never);
    return new ContractDartRenderer(this, renderContext, options, this.analyzed, this.onFiles);
  }
}
