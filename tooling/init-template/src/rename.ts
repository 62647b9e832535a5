import { basename, extname } from 'node:path';
import { type Identity, snakeCase, titleCase } from './names.js';

export interface Renames {
  from: Identity;
  to: Identity;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Files whose identifiers are snake_case: a bare project name there is a Dart/pub name. */
const isSnakeFile = (path: string) =>
  extname(path) === '.dart' || basename(path) === 'pubspec.yaml';

interface Rule {
  pattern: string;
  replace: (match: string, path: string, before: string, after: string) => string;
}

/**
 * The rewrite rules, most specific first. They run as ONE regular expression so text that one
 * rule produced is never rewritten by another (a new scope `@tether-labs` must survive the
 * project-name rule that renames `tether`).
 */
function rules({ from, to }: Renames): Rule[] {
  const name = from.projectName;
  const nameForms = [
    { form: name.toUpperCase().replaceAll('-', '_'), to: snakeCase(to.projectName).toUpperCase() },
    { form: titleCase(name), to: titleCase(to.projectName) },
    { form: snakeCase(name), to: null },
    { form: name, to: null },
  ];
  const seen = new Set<string>();
  const uniqueForms = nameForms.filter(({ form }) => !seen.has(form) && seen.add(form));
  return [
    {
      // `@acme/contract` in package.json, import specifiers, scripts and --filter flags.
      pattern: `(?<![\\w@./-])${escapeRegExp(from.scope)}/`,
      replace: () => `${to.scope}/`,
    },
    {
      // `acme_api` in codegen.config.json, pubspec dependencies and `package:acme_api/` imports.
      pattern: `(?<![A-Za-z0-9_])${escapeRegExp(from.dartPackage)}(?![A-Za-z0-9_])`,
      replace: () => to.dartPackage,
    },
    ...uniqueForms.map(
      ({ form, to: fixed }): Rule => ({
        // Letters and digits bound the name; `_` and `-` do not, so `tether_ci` and
        // `tether_mobile` are renamed too.
        pattern: `(?<![A-Za-z0-9])${escapeRegExp(form)}(?![A-Za-z0-9])`,
        replace: (match, path, before, after) => {
          if (fixed !== null) return fixed;
          const snake = match.includes('_') || before === '_' || after === '_' || isSnakeFile(path);
          return snake ? snakeCase(to.projectName) : to.projectName;
        },
      }),
    ),
  ];
}

/** `text` with the old scope, Dart package and project name replaced by the new ones. */
export function renameText(path: string, text: string, renames: Renames): string {
  const active = rules(renames);
  const combined = new RegExp(active.map((rule) => `(${rule.pattern})`).join('|'), 'g');
  return text.replace(combined, (match: string, ...groups: unknown[]) => {
    const offset = groups[active.length] as number;
    const index = groups.slice(0, active.length).findIndex((group) => group !== undefined);
    const rule = active[index];
    if (!rule) return match;
    return rule.replace(match, path, text.charAt(offset - 1), text.charAt(offset + match.length));
  });
}

/** A tracked path after the rename (the Dart barrel `lib/acme_api.dart` carries the name). */
export const renamePath = (path: string, renames: Renames) => renameText(path, path, renames);
