/**
 * Every sentence the content check says to a contributor, in one place. Each message reads
 * "<what is wrong>; <what is expected>", names the bad value and what is allowed (the list, or the
 * closest match), and avoids developer words: contributors are care managers and officials.
 */

const MAX_LISTED = 12;

export function quote(value: string): string {
  return `'${value}'`;
}

/** A short, readable rendering of any YAML value for "got …". */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'an empty value';
  if (typeof value === 'string') return value === '' ? 'empty text' : `the text ${quote(shorten(value))}`;
  if (typeof value === 'number') return `the number ${value}`;
  if (typeof value === 'boolean') return `${value}`;
  if (value instanceof Date) return `the date ${value.toISOString().slice(0, 10)}`;
  if (Array.isArray(value)) return value.length === 0 ? 'an empty list' : `a list of ${value.length}`;
  return 'a group of fields';
}

function shorten(value: string, max = 60): string {
  const oneLine = value.replace(/\s+/g, ' ');
  return oneLine.length > max ? `${oneLine.slice(0, max - 1)}…` : oneLine;
}

export function listOf(values: readonly string[]): string {
  const shown = values.slice(0, MAX_LISTED).join(', ');
  return values.length > MAX_LISTED ? `${shown}, … (${values.length} in all)` : shown;
}

function didYouMean(suggestion: string | undefined, style: 'quote' | 'code' = 'quote'): string {
  if (!suggestion) return '';
  return style === 'code' ? `did you mean \`${suggestion}\`?` : `did you mean ${quote(suggestion)}?`;
}

const singular: Record<string, string> = {
  cases: 'case',
  methods: 'method',
  topics: 'topic',
  organisations: 'organisation',
  events: 'event',
  requirements: 'requirement',
};

export function entryNoun(collection: string): string {
  return singular[collection] ?? 'entry';
}

// --- Folders and file names ---------------------------------------------------------------------

export const files = {
  tooLarge: (kilobytes: number, limit: number) =>
    `the file is ${kilobytes} KB; an entry may be at most ${limit} KB (the longest entry today is under 20 KB): shorten it, or link to the full report in sources`,
  tooManyTags: (count: number, limit: number) =>
    `the body has ${count} '<' characters; at most ${limit} are allowed (Markdown needs none: write \\< for a literal <, or put code in a code block)`,
  strayRootFile: (name: string, collections: readonly string[]) =>
    `${quote(name)} does not belong directly in content/; expected only the folders ${listOf(collections)} and README.md`,
  unknownFolder: (name: string, collections: readonly string[], suggestion?: string) =>
    `${quote(name)} is not a collection folder; ${suggestion ? `${didYouMean(suggestion)} ` : ''}expected one of: ${listOf(collections)}`,
  nestedFolder: (collection: string) =>
    `entries in sub-folders are not allowed; move the file directly into content/${collection}/`,
  strayFile: (name: string, collection: string, extensions: readonly string[]) =>
    `${quote(name)} is not an entry; expected only ${listOf(extensions)} files (and README.md) in content/${collection}/`,
  upperCaseExtension: (ext: string) => `the extension ${quote(ext)} has capital letters; expected ${quote(ext.toLowerCase())}`,
  ymlExtension: () => `the extension '.yml' is not used here; expected '.yaml'`,
  wrongExtension: (ext: string, collection: string, extensions: readonly string[], belongsIn: readonly string[]) =>
    `${quote(ext)} files are not read in content/${collection}/` +
    (belongsIn.length ? ` (they belong in ${belongsIn.map((c) => `content/${c}/`).join(' or ')})` : '') +
    `; expected ${listOf(extensions)}`,
  badId: (name: string, fixed: string) =>
    `${quote(name)} is not a valid file name; expected lower-case letters a-z, digits and single hyphens, e.g. ${quote(fixed)}`,
  duplicateId: (id: string, collection: string, others: readonly string[]) =>
    `the id ${quote(id)} is also used by ${others.join(', ')}; expected each id once in content/${collection}/ (rename or remove one of the files)`,
  looksLikeOther: (collection: string, other: string) =>
    `this entry does not fit content/${collection}/ but is a valid ${entryNoun(other)}; move it to content/${other}/`,
  symlink: (name: string) => `${quote(name)} is a symbolic link, which is not allowed in content/; expected a plain file (copy the content instead)`,
  unreadable: (reason: string) => `the file could not be read (${reason}); expected a UTF-8 text file`,
};

/** js-yaml's most common complaints, in plain words (the original is kept in brackets). */
const YAML_REASONS: [RegExp, string][] = [
  [/^duplicated mapping key/, 'this field is given twice'],
  [/^bad indentation of a (mapping entry|sequence entry)/, 'the indentation does not line up with the lines above'],
  [/^unexpected end of the stream within a (double|single) quoted scalar/, 'a quote is opened but never closed'],
  [/^end of the stream or a document separator is expected/, 'a line cannot be read as "field: value"'],
  [/^incomplete explicit mapping pair; a key node is missed/, 'a line starts with "?" or ":" where a field name is expected'],
];

function plainYamlReason(reason: string): string {
  const known = YAML_REASONS.find(([pattern]) => pattern.test(reason));
  return known ? `${known[1]} (${reason})` : reason;
}

// --- Frontmatter ---------------------------------------------------------------------------------

export const frontmatter = {
  missing: () =>
    `the file does not start with a '---' line; expected the fields between two '---' lines at the very top of the file`,
  toml: () => `'+++' (TOML) frontmatter is not supported; expected YAML fields between two '---' lines`,
  notOnFirstLine: () => `the frontmatter does not start on the first line; expected '---' as the very first line`,
  unclosed: () => `the frontmatter is never closed; expected a line with only '---' after the last field`,
  endsEarly: (line: number) =>
    `line ${line} starts with '---' and would end the frontmatter early; expected the closing line to be exactly '---'`,
  yamlSyntax: (reason: string) =>
    `YAML syntax error: ${plainYamlReason(reason)}; expected 'field: value' lines (check indentation, colons and quotes)`,
  notACalendarDate: (value: string) => `${quote(value)} is not a date in the calendar; expected a real date such as 2024-02-29`,
  notAMapping: (value: unknown) =>
    `the fields are ${describeValue(value)}, not 'field: value' lines; expected one 'field: value' per line`,
};

// --- Characters and YAML constructs that are refused (issue 12) ---------------------------------

/** U+0007 style, for characters a contributor cannot see. */
const codePoint = (char: string) => `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;

export const input = {
  notUtf8: (line: number) => `line ${line} is not valid UTF-8 text; expected a UTF-8 text file (save it again as UTF-8)`,
  nul: () => `the file holds a NUL byte (U+0000), which is not text; remove it`,
  controlCharacter: (char: string) =>
    `the text holds the control character ${codePoint(char)}, which readers cannot see and which breaks feeds and calendars; remove it`,
  alias: (name: string, more: number) =>
    `the value is a YAML alias (*${name}), which repeats another value without writing it out` +
    `${more > 0 ? `, and ${more} more ${more === 1 ? 'alias follows' : 'aliases follow'}` : ''}; expected the value written in full (anchors & and aliases * are not allowed)`,
  anchor: (name: string) => `the value has a YAML anchor (&${name}); expected the value written without one (anchors & and aliases * are not allowed)`,
  duplicateItem: (value: unknown, first: string) => `${typeof value === 'string' ? quote(value) : String(value)} is listed twice (also as ${first}); expected each item once`,
  cycle: (field: string, chain: readonly string[]) =>
    `following ${field} from here comes back to this entry (${chain.join(' → ')}); expected a chain that ends at an entry without ${field}`,
  unclosed: (opener: string, noticedLine: number, reason: string) =>
    `YAML syntax error: the ${opener === '[' ? 'list' : opener === '{' ? 'group' : 'text'} opened with '${opener}' on this line is not closed ` +
    `(${reason}, noticed on line ${noticedLine}); expected a closing '${opener === '[' ? ']' : opener === '{' ? '}' : opener}' (check brackets, commas and quotes)`,
};

// --- Fields (zod issues) ------------------------------------------------------------------------

export const fields = {
  unknownField: (key: string, allowed: readonly string[], suggestion: string | undefined, caseOnly: boolean) =>
    caseOnly && suggestion
      ? `\`${key}\` is not a field; did you mean \`${suggestion}\`? field names are case-sensitive`
      : suggestion
        ? `\`${key}\` is not a field; ${didYouMean(suggestion, 'code')}`
        : `\`${key}\` is not a field; expected one of: ${listOf(allowed)}`,
  missing: (field: string, expected: string) => `\`${field}\` is missing; ${expected}`,
  wrongType: (value: unknown, expected: string) => `got ${describeValue(value)}; ${expected}`,
  notAllowed: (value: unknown, allowed: readonly string[], suggestion: string | undefined) =>
    `${typeof value === 'string' ? quote(value) : describeValue(value)} is not an allowed value; ` +
    `${suggestion ? `${didYouMean(suggestion)} ` : ''}allowed: ${listOf(allowed)}`,
  tooFewItems: (count: number, minimum: number) =>
    `has ${count === 0 ? 'no items' : count === 1 ? '1 item' : `${count} items`}; expected at least ${minimum}`,
  tooManyItems: (count: number, maximum: number) => `has ${count} items; expected at most ${maximum}`,
  tooShort: (value: string, minimum: number) =>
    `${value === '' ? 'is empty' : `${quote(shorten(value))} is too short`}; expected at least ${minimum} characters`,
  tooLong: (length: number, maximum: number) => `is ${length} characters long; expected at most ${maximum} characters`,
  tooLow: (value: unknown, minimum: number, inclusive: boolean) =>
    `${describeValue(value)} is too low; expected ${inclusive ? `${minimum} or more` : `more than ${minimum}`}`,
  tooHigh: (value: unknown, maximum: number, inclusive: boolean) =>
    `${describeValue(value)} is too high; expected ${inclusive ? `${maximum} or less` : `less than ${maximum}`}`,
  badFormat: (value: unknown, expected: string) =>
    `${typeof value === 'string' ? quote(shorten(value)) : describeValue(value)} is not valid; ${expected}`,
  notAWholeNumber: (value: unknown) => `${describeValue(value)} is not a whole number; expected a whole number such as 12`,
  /** A rule from the schema that already says what is wrong and what to do ("is required when …; say why"). */
  rule: (message: string) => (message.includes(';') ? message : `${message}; see the template for this collection`),
  invalid: (value: unknown, detail: string) => `${describeValue(value)} is not valid; ${detail}`,
};

/** What a field expects, by its type, when the schema gives no message of its own. */
export const expected = {
  text: 'expected text',
  number: 'expected a number, e.g. 12',
  wholeNumber: 'expected a whole number, e.g. 12',
  boolean: 'expected true or false',
  list: 'expected a list, e.g. [first, second] or one "- item" per line',
  group: 'expected a group of indented "field: value" lines',
  oneOf: (values: readonly string[]) => `expected one of: ${listOf(values)}`,
  generic: 'expected a value as described in the template for this collection',
};

// --- References ----------------------------------------------------------------------------------

export const references = {
  dangling: (value: string, collection: string, suggestion: string | undefined) =>
    `${quote(value)} is not ${/^[aeiou]/.test(entryNoun(collection)) ? 'an' : 'a'} ${entryNoun(collection)} in content/${collection}/; ` +
    (suggestion
      ? didYouMean(suggestion)
      : `expected the id (file name without extension) of an existing ${entryNoun(collection)}, or add that ${entryNoun(collection)} first`),
  itself: (value: string) => `${quote(value)} is this entry itself; expected the id of another entry`,
};

// --- Body: Markdown and MDX safety -------------------------------------------------------------

const componentList = (names: readonly string[]) => listOf(names.map((n) => `<${n}>`));

export const body = {
  esm: (keyword: string) =>
    `\`${keyword}\` is not allowed in an entry: it would run code when the site is built; ` +
    'remove the line (the allowed components need no import)',
  expression: (snippet: string) =>
    `${quote(shorten(snippet, 40))} is a JavaScript expression, which is not allowed; ` +
    'remove the braces, or write \\{ and \\} to show a literal brace',
  mdxSyntax: (reason: string) =>
    `MDX syntax error: ${reason.replace(/\s+/g, ' ')}; expected Markdown with only the allowed components (write \\< or \\{ for a literal < or {)`,
  htmlCommentInMdx: () => 'HTML comments (<!-- … -->) are not allowed; remove the comment',
  fragment: (allowed: readonly string[]) => `an empty tag <> is not allowed; expected one of the components ${componentList(allowed)}`,
  dangerousElement: (name: string) =>
    `<${name}> is not allowed: it could run code or load other pages in a reader's browser; remove it`,
  unknownComponent: (name: string, allowed: readonly string[], suggestion: string | undefined) =>
    `<${name}> is not an allowed component; ${suggestion ? `did you mean <${suggestion}>? ` : ''}allowed: ${componentList(allowed)}`,
  spreadAttribute: (component: string) =>
    `<${component}> has a {…} spread of properties, which runs code; expected plain name="value" properties`,
  expressionAttribute: (component: string, prop: string) =>
    `<${component} ${prop}={…}> uses a JavaScript expression; expected text in quotes, e.g. ${prop}="…"`,
  eventHandler: (tag: string, prop: string) =>
    `${quote(prop)} on <${tag}> is an event handler, which runs code; remove it`,
  unknownProp: (component: string, prop: string, allowed: readonly string[], suggestion: string | undefined) =>
    `<${component}> has no property ${quote(prop)}; ` +
    (suggestion ? didYouMean(suggestion) : allowed.length ? `allowed: ${listOf(allowed)}` : 'it takes no properties'),
  propWithoutValue: (component: string, prop: string) =>
    `${quote(prop)} on <${component}> has no value; expected ${prop}="…"`,
  propValue: (component: string, prop: string, value: string, allowed: readonly string[], suggestion: string | undefined) =>
    `${quote(value)} is not allowed for ${prop} on <${component}>; ${suggestion ? `${didYouMean(suggestion)} ` : ''}allowed: ${listOf(allowed)}`,
  missingProp: (component: string, prop: string) =>
    `<${component}> needs the property ${quote(prop)}; add ${prop}="…"`,
  noChildren: (component: string) =>
    `<${component}> takes no content between its tags; expected <${component} … /> on its own`,
  unsafeUrl: (url: string, scheme: string) =>
    scheme === 'javascript' || scheme === 'vbscript'
      ? `the address ${quote(shorten(url, 40))} is a '${scheme}:' link, which runs code; expected an address starting with https://`
      : scheme === 'data'
        ? `the address ${quote(shorten(url, 40))} is a 'data:' address, which can hide code; expected an address starting with https:// or a file in /media/`
        : `the address ${quote(shorten(url, 40))} uses '${scheme}:', which is not allowed; expected https://, http://, mailto: or tel:`,
  imageNotLocal: (url: string) =>
    `the image ${quote(shorten(url, 50))} is not kept on this site (readers' browsers would fetch it from elsewhere); ` +
    'expected a file in public/media/, written as /media/<file name>',
  rawHtmlTag: (name: string, allowed: readonly string[]) =>
    `raw HTML <${name}> is not allowed; use Markdown instead (allowed HTML: ${listOf(allowed.map((t) => `<${t}>`))})`,
  rawHtmlAttribute: (tag: string, attribute: string) =>
    `the attribute ${quote(attribute)} on <${tag}> is not allowed; expected the tag without attributes (only title="…" is kept)`,
  htmlComment: () => 'HTML comments (<!-- … -->) are not allowed: they can hide content from reviewers; remove the comment',
  htmlDeclaration: (text: string) => `${quote(shorten(text, 20))} is not allowed; remove it`,
  missingSection: (section: string, heading: string, englishHeading: string) =>
    heading === englishHeading
      ? `the '${section}' section is missing; add a heading '## ${heading}'`
      : `the '${section}' section is missing; add a heading '## ${heading}' (or '## ${englishHeading}')`,
  emptySection: (section: string, heading: string) =>
    `the '${section}' section under ${quote(heading)} is empty; write what you learned, even if it is that the results are not known yet`,
  nearlySection: (found: string, heading: string) =>
    `the heading ${quote(found)} is close to a section name; did you mean '## ${heading}'?`,
};

// --- Summary lines -------------------------------------------------------------------------------

export const summary = {
  ok: (entries: number, perCollection: string, seconds: number) =>
    `check:content: ${entries} ${entries === 1 ? 'entry' : 'entries'} OK (${perCollection}) in ${seconds.toFixed(2)} s`,
  failed: (problems: number, files: number, entries: number) =>
    `check:content: ${problems} ${problems === 1 ? 'problem' : 'problems'} in ${files} ${files === 1 ? 'file' : 'files'} ` +
    `(${entries} ${entries === 1 ? 'entry' : 'entries'} checked); fix the lines above and run npm run check:content again`,
};
