/**
 * The in-place case filter: a small island of plain TypeScript, no framework. It swaps the static
 * facet links for the checkbox form, loads the compact facet data emitted at build time
 * (/facets/cases.json) on first use, filters in place (OR within a group, AND across groups),
 * updates the counts and the result list, and keeps the state in the URL query so a filtered view
 * can be bookmarked and shared. Without JavaScript the static facet pages do the same job.
 */
import {
  caseFacets,
  countFacetsFor,
  filterRows,
  queryFromSelection,
  selectionFromQuery,
  type CaseFacet,
  type FacetData,
  type FacetRow,
  type Selection,
  type SortOrder,
} from '../lib/facets.ts';
import { formatDay, formatPeriod } from '../lib/format.ts';
import { fillTemplate as fill } from '../i18n/template.ts';
import { outcomeTone } from '../lib/overview.ts';
import { placeWithCountries } from '../lib/i18n-labels.ts';
import type { Locale } from '../i18n/locales.ts';

export interface IslandConfig {
  locale: Locale;
  dataUrl: string;
  /** The unfiltered list's address; the query is added to it. */
  listBase: string;
  /** `{id}` is replaced to make a case's address, under the reader's language. */
  entryPattern: string;
  pageSize: number;
  /** The static page's own selection and order, where the form starts. */
  steps: { facet: string; value: string }[];
  sort: SortOrder;
  facetNames: Record<CaseFacet, string>;
  /** Per facet, every value that occurs (in display order) and its label. */
  labels: Record<CaseFacet, Record<string, string>>;
  stopReasons: Record<string, string>;
  /** Each country's names in every language, so a place that names it in any is not given it twice. */
  countryNames: Record<string, string[]>;
  words: Record<'place' | 'period' | 'stage' | 'outcome' | 'topic' | 'stopReason' | 'yearNotStated' | 'notStated' | 'periodEnded' | 'periodPlanned' | 'periodOpen' | 'lastVerified' | 'showing' | 'noMatch' | 'showMore' | 'filterHint' | 'clear' | 'sort' | 'sortNewest' | 'sortVerified', string>;
}

interface Row extends FacetRow {
  language: string;
  title: string;
  place: string;
  start: string;
  end: string;
  stopReason: string;
  lastVerified: string;
  order: number;
}

function decode(data: FacetData): Row[] {
  return data.rows.map((raw, order) => {
    const [id, language, title, place, start, end, stopReason, lastVerified, ...indices] = raw as [string, string, string, string, string, string, string, string, ...number[][]];
    const values = Object.fromEntries(
      data.facets.map((facet, i) => [facet, (indices[i] ?? []).map((index) => data.values[facet][index]!)]),
    ) as Record<CaseFacet, string[]>;
    return { id, language, title, place, start, end, stopReason, lastVerified, values, order };
  });
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, className?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
}

/** The same markup as CatalogueItem.astro. */
function renderRow(row: Row, config: IslandConfig, showVerified: boolean): HTMLLIElement {
  const { labels, words, locale } = config;
  const item = element('li', undefined, 'catalogue-item');
  const heading = element('h3');
  const link = element('a', row.title);
  link.href = config.entryPattern.replace('{id}', row.id);
  if (row.language !== locale) link.lang = row.language;
  heading.append(link);
  const facts = element('dl', undefined, 'facts');
  const fact = (term: string, value: string | Node, className?: string) => {
    const group = element('div', undefined, className);
    const dd = element('dd');
    dd.append(value);
    group.append(element('dt', term), dd);
    facts.append(group);
  };
  fact(words.place, placeWithCountries(row.place, row.values.country.map((c) => ({ label: labels.country[c] ?? c, names: config.countryNames[c] ?? [] }))));
  fact(words.period, formatPeriod({ start: row.start || undefined, end: row.end || undefined }, locale, words, 'short'));
  fact(words.stage, labels.stage[row.values.stage[0]!] ?? '');
  const outcome = row.values.outcome[0]!;
  fact(words.outcome, element('span', labels.outcome[outcome] ?? outcome, `badge badge--${outcomeTone(outcome as never)}`));
  fact(words.topic, row.values.topic.map((id) => labels.topic[id] ?? id).join(', '));
  if (row.stopReason) fact(words.stopReason, config.stopReasons[row.stopReason] ?? row.stopReason, 'catalogue-item__stop');
  if (showVerified) fact(words.lastVerified, formatDay(row.lastVerified, locale));
  item.append(heading, facts);
  return item;
}

/**
 * The checkbox form, built here rather than in every static page's HTML: one fieldset per facet,
 * a checkbox per value with a count (filled once the data has loaded), a sort choice and a reset.
 */
function buildForm(config: IslandConfig): HTMLFormElement {
  const form = element('form', undefined, 'facet-form');
  form.dataset['facetForm'] = '';
  form.append(element('p', config.words.filterHint, 'muted'));
  const sortLabel = element('label', config.words.sort);
  const select = element('select');
  select.name = 'sort';
  for (const [value, text] of [['newest', config.words.sortNewest], ['verified', config.words.sortVerified]] as const) {
    const option = element('option', text);
    option.value = value;
    option.selected = config.sort === value;
    select.append(option);
  }
  sortLabel.append(select);
  form.append(sortLabel);
  for (const facet of caseFacets) {
    const values = Object.entries(config.labels[facet] ?? {});
    if (values.length === 0) continue;
    const fieldset = element('fieldset', undefined, 'facet-group');
    const list = element('ul');
    for (const [value, text] of values) {
      const label = element('label');
      const box = element('input');
      box.type = 'checkbox';
      box.name = facet;
      box.value = value;
      box.checked = config.steps.some((step) => step.facet === facet && step.value === value);
      const count = element('span', '', 'facet-count');
      count.dataset['count'] = '';
      label.append(box, ` ${text} `, count);
      const item = element('li');
      item.append(label);
      list.append(item);
    }
    fieldset.append(element('legend', config.facetNames[facet]), list);
    form.append(fieldset);
  }
  const reset = element('button', config.words.clear);
  reset.type = 'reset';
  const resetLine = element('p');
  resetLine.append(reset);
  form.append(resetLine);
  return form;
}

function start(root: HTMLElement): void {
  const configNode = root.querySelector<HTMLScriptElement>('script[data-facet-config]');
  const slot = root.querySelector<HTMLElement>('[data-facet-form-slot]');
  const links = root.querySelector<HTMLElement>('[data-facet-links]');
  const results = root.querySelector<HTMLOListElement>('[data-facet-results]');
  const status = root.querySelector<HTMLElement>('[data-facet-status]');
  if (!configNode || !slot || !results || !status) return;
  const config = JSON.parse(configNode.textContent ?? '{}') as IslandConfig;
  const form = buildForm(config);
  const sortSelect = form.querySelector<HTMLSelectElement>('select[name="sort"]');
  let rows: Row[] | undefined;
  let loading: Promise<Row[]> | undefined;
  let shown = config.pageSize;

  const load = () =>
    (loading ??= fetch(config.dataUrl)
      .then((response) => {
        if (!response.ok) throw new Error(`${response.status}`);
        return response.json() as Promise<FacetData>;
      })
      .then((data) => (rows = decode(data))));

  const readSelection = (): Selection => {
    const selection: Partial<Record<CaseFacet, string[]>> = {};
    for (const box of form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]:checked')) {
      (selection[box.name as CaseFacet] ??= []).push(box.value);
    }
    return selection;
  };
  const writeSelection = (selection: Selection) => {
    for (const box of form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) {
      box.checked = selection[box.name as CaseFacet]?.includes(box.value) ?? false;
    }
  };
  const sortOrder = (): SortOrder => (sortSelect?.value === 'verified' ? 'verified' : 'newest');

  const render = (all: Row[], selection: Selection, list = true) => {
    const matching = filterRows(all, selection);
    if (sortOrder() === 'verified') matching.sort((a, b) => b.lastVerified.localeCompare(a.lastVerified) || a.order - b.order);
    const counts = countFacetsFor(all, selection);
    for (const facet of caseFacets) {
      const byValue = new Map(counts[facet].map((c) => [c.value, c.count]));
      for (const box of form.querySelectorAll<HTMLInputElement>(`input[name="${facet}"]`)) {
        const count = box.parentElement?.querySelector('[data-count]');
        if (count) count.textContent = String(byValue.get(box.value) ?? 0);
        // A value no case has here cannot narrow the list: its 0 shows, it cannot be ticked.
        box.disabled = !box.checked && (byValue.get(box.value) ?? 0) === 0;
      }
    }
    if (!list) return;
    results.replaceChildren(...matching.slice(0, shown).map((row) => renderRow(row, config, sortOrder() === 'verified')));
    status.textContent = matching.length
      ? fill(config.words.showing, { from: 1, to: Math.min(shown, matching.length), total: matching.length })
      : config.words.noMatch;
    let more = root.querySelector<HTMLButtonElement>('[data-facet-more]');
    if (matching.length > shown) {
      if (!more) {
        more = element('button', config.words.showMore);
        more.type = 'button';
        more.dataset['facetMore'] = '';
        more.addEventListener('click', () => {
          shown += config.pageSize;
          void update(false);
        });
        results.after(more);
      }
    } else more?.remove();
  };

  const update = async (resetPaging = true) => {
    if (resetPaging) shown = config.pageSize;
    const selection = readSelection();
    history.replaceState(null, '', `${config.listBase}${queryFromSelection(selection, sortOrder())}`);
    root.classList.add('is-filtering');
    // The static pagination and notes describe the static list, not the filtered one.
    for (const node of root.querySelectorAll<HTMLElement>('[data-static-only]')) node.hidden = true;
    render(rows ?? (await load()), selection);
  };

  // Switch the panel from links to the form.
  slot.replaceWith(form);
  if (links) links.hidden = true;
  // The form has its own sort choice; the static sort links would be a second one.
  for (const node of root.querySelectorAll<HTMLElement>('[data-static-sort]')) node.hidden = true;
  // Counts need the data: load it as soon as the reader reaches for the form, not on every visit.
  const fillCounts = () => void load().then((all) => render(all, readSelection(), false));
  form.addEventListener('focusin', fillCounts, { once: true });
  form.addEventListener('pointerenter', fillCounts, { once: true });
  form.addEventListener('change', () => void update());
  form.addEventListener('reset', () => {
    // The reset event fires before the boxes are cleared.
    setTimeout(() => void update(), 0);
  });

  const params = new URLSearchParams(location.search);
  const fromQuery = selectionFromQuery(location.search);
  if (Object.keys(fromQuery).length > 0 || params.get('sort') === 'verified') {
    if (sortSelect && params.get('sort') === 'verified') sortSelect.value = 'verified';
    writeSelection(fromQuery);
    void update();
  }
}

for (const root of document.querySelectorAll<HTMLElement>('[data-facet-root]')) start(root);
