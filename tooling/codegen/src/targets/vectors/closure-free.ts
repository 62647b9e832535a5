/**
 * Whether a function's source text alone says what it does: an arrow function that reads only
 * its own parameters and a few standard globals. Such a refinement (`(value) =>
 * Object.keys(value).length <= 50`) can stand in a fingerprint as its text (see
 * zod-fingerprint.ts). Anything that might read a variable from around it (a constant, another
 * schema, a helper) could change behaviour without its text changing, so it is refused, as is
 * whatever this scanner is not sure of (regular expressions, comments, template substitutions,
 * assignments, nested functions that name their parameters): the model is then not memoized.
 * Assumes the contract does not rebind the globals below (a local `Object` would fool it).
 */

/** Globals whose meaning a contract does not change; their members are read as properties. */
const SAFE_GLOBALS = new Set([
  'Object',
  'Array',
  'Number',
  'String',
  'Boolean',
  'Math',
  'JSON',
  'isNaN',
  'isFinite',
  'parseInt',
  'parseFloat',
  'undefined',
  'NaN',
  'Infinity',
]);
/** Keywords that bind nothing and reach nothing outside the function. */
const SAFE_KEYWORDS = new Set([
  'true',
  'false',
  'null',
  'typeof',
  'instanceof',
  'in',
  'void',
  'return',
  'if',
  'else',
]);

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;
const ARROW_HEAD = /^\s*(?:\(([^()]*)\)|([A-Za-z_$][\w$]*))\s*=>/;
/** Operators that write (assignment, increment): a refinement that writes is not trusted. */
const WRITES = /^(?:>>>=|<<=|>>=|\*\*=|&&=|\|\|=|\?\?=|\+\+|--|[-+*%&|^]=|=(?![=>]))/;
/** Operators of more than one character that only read, taken whole (`==` is not two `=`). */
const READS = /^(?:===|!==|==|!=|<=|>=|=>|&&|\|\||\?\?|\*\*|>>>|>>|<<)/;

export function isClosureFree(source: string): boolean {
  const head = ARROW_HEAD.exec(source);
  if (!head) return false;
  const parameters = new Set<string>();
  if (head[2] !== undefined) parameters.add(head[2]);
  for (const parameter of (head[1] ?? '').split(',')) {
    const name = parameter.trim();
    if (name === '') continue;
    if (!IDENTIFIER.test(name)) return false; // defaults, destructuring, rest: not read here
    parameters.add(name);
  }
  return bodyIsClosed(source.slice(head[0].length), parameters);
}

function bodyIsClosed(body: string, parameters: Set<string>): boolean {
  /** The last token, as far as it matters: a name after `.` or `?.` is a property. */
  let previous = '';
  let index = 0;
  while (index < body.length) {
    const char = body[index] as string;
    if (/\s/.test(char)) {
      index++;
      continue;
    }
    if (char === '"' || char === "'" || char === '`') {
      const end = stringEnd(body, index);
      if (end === undefined) return false;
      index = end;
      previous = 'string';
      continue;
    }
    if (/[0-9]/.test(char) || (char === '.' && /[0-9]/.test(body[index + 1] ?? ''))) {
      index += (/^[\w.]+/.exec(body.slice(index)) as RegExpExecArray)[0].length;
      previous = 'number';
      continue;
    }
    if (/[A-Za-z_$]/.test(char)) {
      const name = (/^[\w$]+/.exec(body.slice(index)) as RegExpExecArray)[0];
      const property = previous === '.' || previous === '?.';
      if (!property && !parameters.has(name) && !SAFE_GLOBALS.has(name)) {
        if (!SAFE_KEYWORDS.has(name)) return false;
      }
      index += name.length;
      previous = 'name';
      continue;
    }
    const ahead = body.slice(index, index + 4);
    if (WRITES.test(ahead)) return false;
    const operator = READS.exec(ahead)?.[0];
    if (operator !== undefined) {
      index += operator.length;
      previous = operator;
    } else if (body.startsWith('...', index)) {
      index += 3;
      previous = '...';
    } else if (body.startsWith('?.', index) && !/[0-9]/.test(body[index + 2] ?? '')) {
      index += 2;
      previous = '?.';
    } else if ('.()[]{},;:?!=<>+-*%&|^~'.includes(char)) {
      index++;
      previous = char;
    } else {
      // `/` (a regular expression, a comment or a division), `#`, `@`, `\`, non-ASCII.
      return false;
    }
  }
  return true;
}

/** Index just past the string literal starting at `start`; undefined for `${` or a bad end. */
function stringEnd(text: string, start: number): number | undefined {
  const quote = text[start];
  for (let index = start + 1; index < text.length; index++) {
    const char = text[index];
    if (char === '\\') {
      index++;
    } else if (char === quote) {
      return index + 1;
    } else if (quote === '`' && char === '$' && text[index + 1] === '{') {
      return undefined;
    } else if (char === '\n' && quote !== '`') {
      return undefined;
    }
  }
  return undefined;
}
