/**
 * Small zod factories shared by the collection schemas: ids, dates, money, links.
 * Messages are written for a contributor, not a developer.
 */
import { z } from 'astro/zod';
import { contentLanguages, currencies, resourceTypes } from './vocabulary.ts';
import { isCalendarDate } from './dates.ts';
import { frontmatter as say } from '../checks/messages.ts';

/** Entry ids are file names without extension: lower case, digits and single hyphens. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A reference to another entry by its id (its file name without extension). */
export const ref = (collection: string) =>
  z
    .string({ error: `expected the id of an entry in content/${collection}/ (its file name without extension)` })
    .regex(ID_PATTERN, {
      message: `expected the id of an entry in content/${collection}/: lower-case letters, digits and hyphens`,
    })
    .describe(`ref:${collection}`);

/**
 * A date that may be partly known: "2019", "2019-05", "2019-05-02", or "--01-25" when only the day
 * and month are known (ISO 8601's form for an unknown year). YAML may hand us a number (2019) or a
 * Date (2019-05-02 unquoted); both are normalised to the string form.
 */
export const PARTIAL_DATE_PATTERN = /^(?:\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?|--(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01]))$/;

/** A quoted "2019-02-30" passes the pattern; YAML leaves it a text, so the schema must refuse it. */
const inCalendar = [
  isCalendarDate,
  { error: (issue: { input?: unknown }) => say.notACalendarDate(String(issue.input)) },
] as const;

function normaliseDateInput(value: unknown): unknown {
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString().slice(0, 10);
  if (typeof value === 'number' && Number.isInteger(value)) return String(value);
  return value;
}

export const partialDate = () =>
  z.preprocess(
    normaliseDateInput,
    z
      .string({ error: 'expected a date such as 2019, 2019-05 or 2019-05-02' })
      .regex(PARTIAL_DATE_PATTERN, {
        message: 'expected a date such as 2019, 2019-05, 2019-05-02, or --01-25 when the year is not known',
      })
      .refine(...inCalendar),
  );

/** A full calendar date (YYYY-MM-DD), e.g. when an entry was last verified. */
export const fullDate = () =>
  z.preprocess(
    normaliseDateInput,
    z
      .string({ error: 'expected a full date such as 2024-05-02' })
      .regex(/^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])$/, { message: 'expected a full date such as 2024-05-02' })
      .refine(...inCalendar),
  );

export const language = () => z.enum(contentLanguages);

export const httpUrl = () =>
  z.url({ protocol: /^https?$/, error: 'expected a web address starting with https:// or http://' });

/** An amount of money with its ISO 4217 currency. */
export const money = () =>
  z.strictObject({
    amount: z.number({ error: 'expected a number without spaces or currency, e.g. 1498164' }).nonnegative(),
    currency: z.enum(currencies),
  });

/** A report, presentation, film or other document, with the language it is in. */
export const resource = () =>
  z.strictObject({
    title: z.string().min(1),
    type: z.enum(resourceTypes),
    language: language(),
    url: httpUrl().optional(),
    /** Publisher or host, when the resource has no public address of its own. */
    publisher: z.string().optional(),
    date: partialDate().optional(),
  });

/** Where a fact comes from. Every real entry names at least one source. */
export const source = () =>
  z.strictObject({
    title: z.string().min(1),
    publisher: z.string().optional(),
    date: partialDate().optional(),
    url: httpUrl().optional(),
  });

/**
 * A functional mailbox (e.g. e-halsa@region.se). Addresses shaped like firstname.lastname@ are
 * refused: the catalogue never publishes a private person's data.
 */
export const functionalEmail = () =>
  z
    .email({ error: 'expected an e-mail address such as ehalsa@example.se' })
    .refine((value) => !/^[\p{L}]{2,}\.[\p{L}]{2,}@/u.test(value), {
      message: 'this looks like a personal address (first.last@); use a functional mailbox such as ehalsa@… instead',
    });

/** The entry's own-language summary and an optional English one. */
export const summaries = {
  summary: z.string().min(20, { message: 'expected a summary of at least 20 characters' }).max(600, {
    message: 'expected a summary of at most 600 characters; put the rest in the body',
  }),
  summaryEn: z.string().min(20).max(600).optional(),
};
