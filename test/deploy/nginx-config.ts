/**
 * A small reader for nginx configuration text: directives with their arguments, and blocks with
 * their children. Enough to check deploy/nginx.conf in a unit test without running nginx.
 */
export interface Directive {
  name: string;
  args: string[];
  children?: Directive[];
}

function tokenize(text: string): string[] {
  const tokens: string[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    if (/\s/.test(c)) {
      i++;
    } else if (c === '#') {
      while (i < text.length && text[i] !== '\n') i++;
    } else if (c === '{' || c === '}' || c === ';') {
      tokens.push(c);
      i++;
    } else if (c === '"' || c === "'") {
      let j = i + 1;
      let value = '';
      while (j < text.length && text[j] !== c) {
        if (text[j] === '\\' && j + 1 < text.length) j++;
        value += text[j];
        j++;
      }
      tokens.push(value);
      i = j + 1;
    } else {
      let j = i;
      while (j < text.length && !/[\s{};]/.test(text[j]!)) j++;
      tokens.push(text.slice(i, j));
      i = j;
    }
  }
  return tokens;
}

export function parseNginx(text: string): Directive[] {
  const tokens = tokenize(text);
  let position = 0;
  const block = (): Directive[] => {
    const out: Directive[] = [];
    while (position < tokens.length && tokens[position] !== '}') {
      const name = tokens[position++]!;
      const args: string[] = [];
      while (position < tokens.length && tokens[position] !== ';' && tokens[position] !== '{') args.push(tokens[position++]!);
      if (tokens[position] === '{') {
        position++;
        out.push({ name, args, children: block() });
        if (tokens[position] !== '}') throw new Error(`unclosed block ${name}`);
        position++;
      } else {
        if (tokens[position] !== ';') throw new Error(`directive ${name} lacks ;`);
        position++;
        out.push({ name, args });
      }
    }
    return out;
  };
  const result = block();
  if (position !== tokens.length) throw new Error('unbalanced }');
  return result;
}

/** Every directive named `name` at any depth. */
export function findAll(directives: readonly Directive[], name: string): Directive[] {
  return directives.flatMap((directive) => [
    ...(directive.name === name ? [directive] : []),
    ...findAll(directive.children ?? [], name),
  ]);
}

/** add_header name → value in one block (not its children). */
export function headersOf(directives: readonly Directive[]): Map<string, string> {
  return new Map(directives.filter((d) => d.name === 'add_header').map((d) => [d.args[0]!.toLowerCase(), d.args[1] ?? '']));
}
