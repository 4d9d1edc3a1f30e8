/**
 * `npm run new`: start a new entry from its template, with today's date as lastVerified.
 *
 * Interactive in a terminal; for scripts, the same through flags (and always non-interactive when
 * stdin is not a terminal):
 *
 *   npm run new -- --collection cases --title "Digital egenvård vid KOL" --language sv \
 *     --country SE --topics copd,self-care --organisation region-norrbotten --yes
 *
 * Never overwrites a file. Writes content/<collection>/<id>.md (or .yaml for topics and
 * organisations) under --root (default: the current folder). The entry it writes passes the
 * content check; the lines marked TODO are what the author still has to write, and the
 * pull-request check lists any that are left.
 */
import { appendFileSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { parse as parseYaml } from 'yaml';
import * as p from '@clack/prompts';
import { collectionNames, type CollectionName } from '../src/schema/collections.ts';
import { localeNames } from '../src/i18n/locales.ts';
import { contentFolder } from '../src/content-dir.ts';
import { contentLanguages, countries, stages, outcomes, requirementCategories, type ContentLanguage, type Country, type RequirementCategory } from '../src/schema/vocabulary.ts';
import { LEDGER_FILE, nextFreeCode, readLedger } from '../src/checks/requirement-codes.ts';
import { checkContent } from '../src/checks/check.ts';
import { parseEntryBundle } from '../src/contribute/proposal-issue.ts';
import {
  fileExtensionFor,
  findTodos,
  fold,
  freeSlug,
  renderEntry,
  slugify,
  suggestTopics,
  type EntryAnswers,
  type FieldValue,
  type TopicTerms,
} from '../src/contribute/scaffold.ts';

const templatesDir = resolve(import.meta.dirname, '..', 'templates');

const usage = `Usage: npm run new -- [options]

  --collection <name>     ${collectionNames.join(' | ')}
  --title <text>          the title (an organisation's name; a topic's English label)
  --language <code>       the language you write in: ${contentLanguages.join(' | ')}
  --country <codes>       comma-separated: ${countries.join(' | ')}
  --topics <ids>          comma-separated topic ids from content/topics/
  --organisation <ids>    comma-separated organisation ids from content/organisations/
  --summary <text>        two or three sentences (optional; otherwise a TODO line)
  --start <date>          cases and events: 2019, 2019-05 or 2019-05-02
  --stage <value>         cases: ${stages.join(' | ')}
  --outcome <value>       cases: ${outcomes.join(' | ')}
  --place <text>          cases: municipality, region or district
  --category <value>      requirements: ${requirementCategories.join(' | ')} (the code is issued for it)
  --id <name>             the file name without extension (default: from the title)
  --root <folder>         the folder that holds content/ (default: the current folder)
  --from <file>           editors: import an entry sent by e-mail from the site's form (the
                          message saved as text, with its === content/… === lines), or an
                          attached .md/.yaml file together with --collection; then checks it
  --yes                   do not ask; fail with a message when something required is missing
  --help                  this text`;

class UsageError extends Error {}

interface Organisation {
  id: string;
  name: string;
  type?: string;
  country?: string;
}

function listIds(folder: string, extension: string): string[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .filter((name) => name.endsWith(extension))
    .map((name) => name.slice(0, -extension.length))
    .sort();
}

function readYaml(file: string): Record<string, unknown> {
  try {
    const data = parseYaml(readFileSync(file, 'utf8')) as unknown;
    return data && typeof data === 'object' ? (data as Record<string, unknown>) : {};
  } catch {
    return {}; // a broken file is the content check's business, not a reason to stop scaffolding
  }
}

function loadTopics(contentDir: string): TopicTerms[] {
  const folder = join(contentDir, 'topics');
  return listIds(folder, '.yaml').map((id) => {
    const data = readYaml(join(folder, `${id}.yaml`));
    const terms: TopicTerms['data'] = {
      labels: data['labels'] ?? {},
      synonyms: data['synonyms'] ?? {},
      abbreviations: (data['abbreviations'] ?? []) as string[],
    };
    return { id, data: terms };
  });
}

function loadOrganisations(contentDir: string): Organisation[] {
  const folder = join(contentDir, 'organisations');
  return listIds(folder, '.yaml').map((id) => {
    const data = readYaml(join(folder, `${id}.yaml`));
    return {
      id,
      name: typeof data['name'] === 'string' ? data['name'] : id,
      ...(typeof data['type'] === 'string' ? { type: data['type'] } : {}),
      ...(typeof data['country'] === 'string' ? { country: data['country'] } : {}),
    };
  });
}

function list(value: string | undefined): string[] {
  return (value ?? '')
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);
}

/** "did you mean …": the known id that equals, contains or is contained in what was typed, hyphens aside. */
function nearest(typed: string, known: readonly string[]): string | undefined {
  const bare = (value: string) => fold(value).replace(/[^a-z0-9]+/g, '');
  const folded = bare(typed);
  if (folded.length < 3) return undefined;
  return known.find((id) => bare(id) === folded) ?? known.find((id) => bare(id).includes(folded) || folded.includes(bare(id)));
}

function requireKnown(kind: string, values: readonly string[], known: readonly string[], folder: string): void {
  for (const value of values) {
    if (known.includes(value)) continue;
    const hint = nearest(value, known);
    throw new UsageError(
      `${kind} '${value}' does not exist in ${folder}.` +
        (hint ? ` Did you mean '${hint}'?` : '') +
        ` Known ids: ${known.join(', ') || '(none yet)'}.`,
    );
  }
}

function requireOneOf<T extends string>(flag: string, value: string, allowed: readonly T[]): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  const caseFix = allowed.find((item) => item.toLowerCase() === value.toLowerCase());
  throw new UsageError(`--${flag} '${value}' is not allowed.${caseFix ? ` Did you mean '${caseFix}'?` : ''} Allowed: ${allowed.join(', ')}.`);
}

function today(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

/** Exits quietly when the person presses Ctrl-C or Esc in a prompt. */
function answered<T>(value: T): Exclude<T, symbol> {
  if (p.isCancel(value)) {
    p.cancel('Nothing was written.');
    process.exit(0);
  }
  return value as Exclude<T, symbol>;
}

interface Plan {
  answers: EntryAnswers;
  id: string;
}

/**
 * `--from FILE`: the editors' side of the e-mail path. Reads the files the site's form wrote (the
 * same strict reader as the issue-to-pull-request bot: only new files in content/ with safe ids),
 * writes them, and runs the content check on them. Never overwrites a file.
 */
function importFrom(file: string, root: string, collection: string | undefined): number {
  let text = readFileSync(resolve(file), 'utf8');
  if (!/^=== content\//m.test(text)) {
    if (!collection) throw new UsageError(`${file} has no "=== content/<collection>/<id> ===" line; for an attached entry file, add --collection`);
    text = `=== content/${collection}/${basename(file)} ===\n${text}`;
  }
  const parsed = parseEntryBundle(text, { skipLeadingText: true });
  if (parsed.problems.length > 0) {
    for (const problem of parsed.problems) console.error(`npm run new: ${problem}`);
    return 1;
  }
  const taken = parsed.files.filter((entry) => existsSync(join(root, entry.path)));
  if (taken.length > 0) {
    for (const entry of taken) console.error(`npm run new: ${entry.path} already exists; rename the file in the message (and every id that points to it) and try again.`);
    return 1;
  }
  for (const entry of parsed.files) writeFileSync(join(root, entry.path), entry.text);
  console.log(`Wrote ${parsed.files.map((entry) => entry.path).join(', ')}`);
  const result = checkContent({ root, paths: parsed.files.map((entry) => join(root, entry.path)) });
  for (const problem of result.problems) console.log(`${problem.file}:${problem.line}: ${problem.field}: ${problem.message}`);
  console.log(result.problems.length === 0 ? 'The content check passed. Review the facts and sources, then commit.' : 'Correct the lines above, then run npm run check:content.');
  return result.problems.length === 0 ? 0 : 1;
}

async function main(): Promise<number> {
  const { values: flags } = parseArgs({
    options: {
      collection: { type: 'string' },
      title: { type: 'string' },
      language: { type: 'string' },
      country: { type: 'string' },
      countries: { type: 'string' },
      topics: { type: 'string' },
      organisation: { type: 'string' },
      organisations: { type: 'string' },
      summary: { type: 'string' },
      start: { type: 'string' },
      stage: { type: 'string' },
      outcome: { type: 'string' },
      place: { type: 'string' },
      category: { type: 'string' },
      id: { type: 'string' },
      root: { type: 'string' },
      from: { type: 'string' },
      yes: { type: 'boolean', short: 'y', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
    strict: true,
  });
  if (flags.help) {
    console.log(usage);
    return 0;
  }

  const root = resolve(flags.root ?? process.cwd());
  if (flags.from) return importFrom(flags.from, root, flags.collection);
  const contentDir = join(root, contentFolder);
  const interactive = !flags.yes && Boolean(process.stdin.isTTY) && Boolean(process.stdout.isTTY);
  const topics = loadTopics(contentDir);
  const organisations = loadOrganisations(contentDir);

  if (interactive) p.intro('New entry for the catalogue');

  // Collection
  let collection: CollectionName;
  if (flags.collection) collection = requireOneOf('collection', flags.collection, collectionNames);
  else if (interactive) {
    collection = answered(
      await p.select({
        message: 'What do you want to add?',
        options: [
          { value: 'cases', label: 'A case', hint: 'a test, pilot, roll-out or scale-up' },
          { value: 'methods', label: 'A method', hint: 'how something was tested or implemented' },
          { value: 'events', label: 'An event', hint: 'workshop, webinar, conference, study trip' },
          { value: 'requirements', label: 'A requirement', hint: 'a reusable requirement statement' },
          { value: 'organisations', label: 'An organisation' },
          { value: 'topics', label: 'A topic', hint: 'a term in the shared vocabulary' },
        ] as { value: CollectionName; label: string; hint?: string }[],
      }),
    );
  } else throw new UsageError(`--collection is missing. Allowed: ${collectionNames.join(', ')}.`);

  const isEntry = collection === 'cases' || collection === 'methods' || collection === 'events' || collection === 'requirements';

  // Title
  const titleQuestion =
    collection === 'organisations' ? "The organisation's name" : collection === 'topics' ? "The topic's label in English" : 'Title';
  let title = flags.title?.trim();
  if (!title && interactive) {
    title = answered(
      await p.text({
        message: titleQuestion,
        validate: (value) => ((value ?? '').trim().length < 3 ? 'Write at least 3 characters.' : undefined),
      }),
    ).trim();
  }
  if (!title || title.length < 3) throw new UsageError('--title is missing (at least 3 characters).');

  // Language
  let language: ContentLanguage | undefined;
  if (isEntry) {
    if (flags.language) language = requireOneOf('language', flags.language, contentLanguages);
    else if (interactive) {
      language = answered(
        await p.select({
          message: 'Which language do you write in?',
          options: contentLanguages.map((code) => ({ value: code, label: `${localeNames[code]} (${code})` })),
        }),
      );
    } else throw new UsageError(`--language is missing. Allowed: ${contentLanguages.join(', ')}.`);
  }

  // Country
  let chosenCountries = list(flags.countries ?? flags.country).map((code) => requireOneOf('country', code, countries));
  const wantsCountry = collection !== 'topics' && collection !== 'requirements';
  if (wantsCountry && chosenCountries.length === 0 && interactive) {
    const byLanguage: Record<ContentLanguage, Country | undefined> = { sv: 'SE', nb: 'NO', da: 'DK', fi: 'FI', is: 'IS', en: undefined };
    const guess = byLanguage[language ?? 'en'];
    const picked = answered(
      await p.multiselect<Country>({
        message: collection === 'cases' ? 'Which countries? (space to select, enter to go on)' : 'Which country? (space to select; pick one)',
        options: countries.map((code) => ({ value: code, label: code })),
        initialValues: guess ? [guess] : [],
        required: collection === 'cases',
      }),
    );
    chosenCountries = [...picked];
  }
  if (collection === 'cases' && chosenCountries.length === 0) throw new UsageError(`--country is missing for a case. Allowed: ${countries.join(', ')}.`);

  // Topics, suggested from the vocabulary
  const topicIds = topics.map((topic) => topic.id);
  let chosenTopics = list(flags.topics);
  requireKnown('Topic', chosenTopics, topicIds, 'content/topics/');
  if (isEntry && chosenTopics.length === 0 && interactive && topics.length > 0) {
    const suggested = suggestTopics(title, topics);
    const suggestedIds = new Set(suggested.map((s) => s.id));
    const ordered = [...suggested.map((s) => s.id), ...topicIds.filter((id) => !suggestedIds.has(id))];
    const label = (id: string) => topics.find((topic) => topic.id === id)?.data.labels[language ?? 'en'] ?? id;
    chosenTopics = answered(
      await p.autocompleteMultiselect({
        message: 'Topics (type to filter, Tab to select or unselect; suggestions from your title are already selected)',
        options: ordered.map((id) => ({
          value: id,
          label: `${id} (${label(id)})`,
          ...(suggestedIds.has(id) ? { hint: `suggested: matches "${suggested.find((s) => s.id === id)!.matched}"` } : {}),
        })),
        initialValues: suggested.filter((s) => s.score >= 2).map((s) => s.id),
        required: collection === 'cases',
      }),
    );
  }
  if (collection === 'cases' && chosenTopics.length === 0) {
    const hint = suggestTopics(title, topics).map((s) => s.id);
    throw new UsageError(`--topics is missing for a case.${hint.length ? ` Suggested from the title: ${hint.join(', ')}.` : ''} Known ids: ${topicIds.join(', ')}.`);
  }

  // Organisation: pick existing ones
  const organisationIds = organisations.map((o) => o.id);
  let chosenOrganisations = list(flags.organisations ?? flags.organisation);
  requireKnown('Organisation', chosenOrganisations, organisationIds, 'content/organisations/');
  const wantsOrganisation = collection === 'cases' || collection === 'events' || collection === 'methods';
  if (wantsOrganisation && chosenOrganisations.length === 0 && interactive && organisations.length > 0) {
    const country = chosenCountries[0];
    const sorted = [...organisations].sort((a, b) => Number(b.country === country) - Number(a.country === country) || a.name.localeCompare(b.name));
    chosenOrganisations = answered(
      await p.autocompleteMultiselect({
        message:
          (collection === 'events' ? 'Organisers' : collection === 'methods' ? 'Where does the method come from? (optional)' : 'Organisations that took part') +
          ' (type to filter, Tab to select). Missing one? Stop with Ctrl-C and add it first: npm run new -- --collection organisations',
        options: sorted.map((o) => ({ value: o.id, label: `${o.name} (${o.id})`, ...(o.country ? { hint: o.country } : {}) })),
        required: collection !== 'methods',
      }),
    );
  }
  if ((collection === 'cases' || collection === 'events') && chosenOrganisations.length === 0) {
    throw new UsageError(`--organisation is missing. Known ids: ${organisationIds.join(', ') || '(none yet)'}. Add a new one first with --collection organisations.`);
  }

  // Fields a case needs that the template cannot guess
  const fields: Record<string, FieldValue> = {};
  let summary = flags.summary;
  if (!summary && isEntry && interactive) {
    summary = answered(
      await p.text({
        message: 'Summary: two or three sentences on what it is and how it went (leave empty to write it later)',
        validate: (value) => (!value || value.trim().length >= 20 ? undefined : 'Write at least 20 characters, or leave it empty.'),
      }),
    );
  }
  if (summary?.trim()) fields['summary'] = summary.trim();
  if (collection === 'cases') {
    if (flags.stage) fields['stage'] = requireOneOf('stage', flags.stage, stages);
    if (flags.outcome) fields['outcome'] = requireOneOf('outcome', flags.outcome, outcomes);
    if (interactive && !flags.stage) fields['stage'] = answered(await p.select({ message: 'Stage: where is the case now?', options: stages.map((s) => ({ value: s, label: s })), initialValue: 'pilot' }));
    if (interactive && !flags.outcome) fields['outcome'] = answered(await p.select({ message: 'Outcome: did it reach its aim?', options: outcomes.map((o) => ({ value: o, label: o })), initialValue: 'unknown' }));
    const first = organisations.find((o) => o.id === chosenOrganisations[0]);
    if (flags.place) fields['place'] = flags.place;
    else if (first && (first.type === 'municipality' || first.type === 'region')) fields['place'] = first.name;
  }
  // A requirement gets the next free code of its category, issued in the ledger when the file is written.
  let requirementCategory: RequirementCategory | undefined;
  if (collection === 'requirements') {
    if (flags.category) requirementCategory = requireOneOf('category', flags.category, requirementCategories);
    else if (interactive) requirementCategory = answered(await p.select({ message: 'Category: what is the requirement about? (its code is issued for it)', options: requirementCategories.map((c) => ({ value: c, label: c })), initialValue: 'interoperability' }));
    else requirementCategory = 'interoperability';
    fields['category'] = requirementCategory;
  }
  if (collection === 'cases' || collection === 'events') {
    let start = flags.start;
    if (!start && interactive) {
      start = answered(
        await p.text({
          message: 'When did it start? (2019, 2019-05 or 2019-05-02; leave empty if you do not know yet)',
          validate: (value) => (!value || /^\d{4}(-\d{2}){0,2}$/.test(value) ? undefined : 'Write 2019, 2019-05 or 2019-05-02.'),
        }),
      );
    }
    // An unquoted year is read as a number by YAML; the schema accepts both, the string is clearer.
    if (start) fields['start'] = start;
  }

  // Required values nobody has given yet: valid guesses, each marked TODO for the author.
  const guesses: NonNullable<EntryAnswers['guesses']> = {};
  const open: NonNullable<EntryAnswers['open']> = {};
  // An event's start is required: a marked guess keeps the entry valid. A case may leave it out
  // when no source says, so it is left commented out for the author to fill in or delete.
  if (collection === 'events') guesses['start'] = { value: today().slice(0, 4), todo: 'write when it took place: 2019, 2019-05 or 2019-05-02' };
  if (collection === 'cases') open['start'] = 'when it started: 2019, 2019-05 or 2019-05-02; delete this line if no source says';

  // File name
  const folder = join(contentDir, collection);
  const extension = fileExtensionFor(collection);
  const taken = (id: string) => ['.md', '.mdx', '.yaml'].some((ext) => existsSync(join(folder, `${id}${ext}`)));
  let id = flags.id ?? slugify(title);
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id)) throw new UsageError(`--id '${id}' is not a valid file name: use lower-case letters, digits and hyphens, e.g. ${slugify(id) || 'my-entry'}.`);
  if (interactive && !flags.id) {
    id = answered(
      await p.text({
        message: `File name (without ${extension})`,
        initialValue: taken(id) ? freeSlug(id, taken) : id,
        validate: (value) =>
          !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(value ?? '')
            ? 'Use lower-case letters, digits and hyphens.'
            : taken(value ?? '')
              ? `content/${collection}/${value} already exists; choose another name.`
              : undefined,
      }),
    );
  }

  const plan: Plan = {
    id,
    answers: {
      collection,
      title,
      ...(language ? { language } : {}),
      countries: chosenCountries,
      topics: chosenTopics,
      organisations: chosenOrganisations,
      today: today(),
      fields,
      guesses,
      open,
    },
  };

  const file = join(folder, `${plan.id}${extension}`);
  const shown = relative(process.cwd(), file) || file;
  if (taken(plan.id)) {
    const existing = ['.md', '.mdx', '.yaml'].map((ext) => join(folder, `${plan.id}${ext}`)).find((path) => existsSync(path))!;
    throw new UsageError(
      `${relative(process.cwd(), existing) || existing} already exists; nothing was written. ` +
        `Choose another name, e.g. --id ${freeSlug(plan.id, taken)}, or edit the existing entry.`,
    );
  }

  let issued: string | undefined;
  if (requirementCategory) {
    const { ledger } = readLedger(contentDir);
    issued = nextFreeCode(ledger.entries, requirementCategory);
    plan.answers.fields = { ...plan.answers.fields, code: issued };
  }
  const template = readFileSync(join(templatesDir, `${collection}${extension}`), 'utf8');
  const text = renderEntry(template, plan.answers);
  if (!existsSync(folder)) throw new UsageError(`${relative(process.cwd(), folder) || folder} does not exist. Run this from the repository's root folder, or pass --root.`);
  // 'wx' fails if the file appeared meanwhile: never overwrite.
  writeFileSync(file, text, { flag: 'wx' });
  // Codes are issued once and never reused: the ledger records this one now (requirement-codes.ts).
  if (issued) appendFileSync(join(folder, LEDGER_FILE), `${issued}: { requirement: ${plan.id}, issued: ${today()} }\n`);

  const todos = findTodos(text);
  const next = [
    `Wrote ${shown}`,
    todos.length > 0 ? `Replace the ${todos.length} lines marked TODO (lines ${todos.map((t) => t.line).join(', ')}).` : '',
    'Then check it: npm run check:content',
    'And see it: npm start, then open http://localhost:4321/',
  ].filter(Boolean);
  if (interactive) {
    p.note(next.slice(1).join('\n'), 'Next');
    p.outro(`Wrote ${shown}`);
  } else console.log(next.join('\n'));
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (error instanceof UsageError || (error instanceof Error && 'code' in error && error.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION')) {
      console.error(`npm run new: ${error.message}`);
      console.error('Run `npm run new -- --help` for the options.');
      process.exit(1);
    }
    throw error;
  },
);
