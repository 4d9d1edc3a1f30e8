/**
 * Ready-made tender annexes in every interface language, written at build time so a reader without
 * JavaScript can download them: /{lang}/requirements/annex/{all|category-<id>|phase-<id>}.{csv,md,odt},
 * and rows.json (every requirement's annex row in that language) for the basket page.
 */
import type { APIRoute } from 'astro';
import { locales, type Locale } from '../../../../i18n/locales.ts';
import { absoluteUrl, entryPath } from '../../../../i18n/routes.ts';
import { useTranslations } from '../../../../i18n/t.ts';
import { loadCatalogue } from '../../../../lib/load-catalogue.ts';
import { memoByKey } from '../../../../lib/memo.ts';
import type { Catalogue } from '../../../../lib/catalogue.ts';
import { annexLabels, annexRow, byCode } from '../../../../outputs/annex/rows.ts';
import { annexCsv, annexMarkdown, type AnnexRow } from '../../../../outputs/annex/formats.ts';
import { ODT_MEDIA_TYPE, annexOdt } from '../../../../outputs/annex/odt.ts';
import { annexDownloads, annexFormats, type AnnexFormat } from '../../../../lib/requirement-lists.ts';
import { site } from '../../../../site.config.ts';

export async function getStaticPaths() {
  const catalogue = await loadCatalogue();
  const downloads = annexDownloads(catalogue.requirements);
  return locales.flatMap((lang) => [
    { params: { lang, file: 'rows.json' }, props: { ids: undefined, format: 'json' as const } },
    ...downloads.flatMap((download) => annexFormats.map((format) => ({ params: { lang, file: `${download.name}.${format}` }, props: { ids: download.ids, format } }))),
  ]);
}

/** Every requirement's row in one language, once per build. */
const rowsIn = memoByKey((catalogue: Catalogue, locale: Locale): Map<string, AnnexRow> => {
  const t = useTranslations(locale);
  return new Map([...catalogue.requirements].sort(byCode).map((requirement) => [requirement.id, annexRow(requirement, catalogue, locale, t, absoluteUrl(entryPath(requirement)))]));
});

const mediaTypes: Record<AnnexFormat | 'json', string> = {
  csv: 'text/csv; charset=utf-8',
  md: 'text/markdown; charset=utf-8',
  odt: ODT_MEDIA_TYPE,
  json: 'application/json',
};

export const GET: APIRoute = async ({ params, props }) => {
  const locale = params.lang as Locale;
  const { ids, format } = props as { ids: string[] | undefined; format: AnnexFormat | 'json' };
  const catalogue = await loadCatalogue();
  const all = rowsIn(catalogue, locale);
  const headers = { 'Content-Type': mediaTypes[format] };
  if (format === 'json') return new Response(JSON.stringify([...all.values()]), { headers });
  const rows = (ids ?? []).flatMap((id) => all.get(id) ?? []);
  const labels = annexLabels(locale, useTranslations(locale));
  if (format === 'csv') return new Response(annexCsv(rows, labels), { headers });
  if (format === 'md') return new Response(annexMarkdown(rows, labels), { headers });
  return new Response(annexOdt(rows, labels, { generator: site.name }), { headers });
};
