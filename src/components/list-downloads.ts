/**
 * The browser side of filtered downloads. Two custom elements:
 *
 * - <list-downloads> on the case lists: when the in-place filter (facet-island.ts) changes the
 *   list, the static links no longer describe it; this element then offers the filtered cases,
 *   cut in the browser from /data/cases.csv and /data/cases.json, the very rows of those files.
 * - <search-downloads> on the search page: offers the results found (all of them, not only those
 *   shown) as JSON and, per collection, as CSV, cut from the collection files in the same way.
 *
 * Without JavaScript the static links stay, and the search page has no results to download.
 */
import { selectionFromQuery } from '../lib/facets.ts';
import { fillTemplate as fill } from '../i18n/template.ts';
import { downloadName, entryOfUrl, filterCsv, filterRecords, filteredCaseIds, type DownloadFormat, type FacetFile } from '../outputs/list-downloads.ts';
import { downloadFile } from './download.ts';

interface Words {
  matching: string;
  results: string;
  csvOf: string;
  preparing: string;
  failed: string;
}

const texts = new Map<string, Promise<string>>();
/** One fetch per file and page view; a second click reuses it. */
function fetchText(url: string): Promise<string> {
  let text = texts.get(url);
  if (!text) {
    text = fetch(url).then((response) => {
      if (!response.ok) throw new Error(`${url}: ${response.status}`);
      // The byte order mark is kept: arrayBuffer + TextDecoder with ignoreBOM.
      return response.arrayBuffer().then((buffer) => new TextDecoder('utf-8', { ignoreBOM: true }).decode(buffer));
    });
    texts.set(url, text);
    text.catch(() => texts.delete(url));
  }
  return text;
}

function save(text: string, name: string, format: DownloadFormat): void {
  const type = format === 'csv' ? 'text/csv;charset=utf-8' : 'application/json;charset=utf-8';
  downloadFile(text, type, name);
}

function button(label: string, onClick: () => Promise<void>, status: HTMLElement, words: Words): HTMLButtonElement {
  const node = document.createElement('button');
  node.type = 'button';
  node.className = 'link-button';
  node.textContent = label;
  // Listeners return nothing: the async work runs on, its failures caught inside.
  node.addEventListener('click', () => void (async () => {
    node.disabled = true;
    status.textContent = words.preparing;
    try {
      await onClick();
      status.textContent = '';
    } catch (error) {
      console.warn('download failed', error);
      status.textContent = words.failed;
    } finally {
      node.disabled = false;
    }
  })());
  return node;
}

class ListDownloads extends HTMLElement {
  connectedCallback(): void {
    const root = this.closest<HTMLElement>('[data-facet-root]');
    const status = root?.querySelector('[data-facet-status]');
    const dynamic = this.querySelector<HTMLElement>('[data-downloads-filtered]');
    const fixed = this.querySelector<HTMLElement>('[data-downloads-static]');
    if (!root || !status || !dynamic || !fixed) return;
    const words = JSON.parse(this.dataset['words'] ?? '{}') as Words;
    const { facetsUrl = '', csvUrl = '', jsonUrl = '' } = this.dataset;
    let current: string[] = [];
    const saveAs = async (format: DownloadFormat) => {
      const text = await fetchText(format === 'csv' ? csvUrl : jsonUrl);
      save(format === 'csv' ? filterCsv(text, current) : `${JSON.stringify(filterRecords(JSON.parse(text) as { id: string }[], current))}\n`, downloadName('cases', format), format);
    };
    const message = dynamic.querySelector<HTMLElement>('[data-downloads-label]')!;
    const live = dynamic.querySelector<HTMLElement>('[data-downloads-status]')!;
    const links = dynamic.querySelector<HTMLElement>('[data-downloads-links]')!;
    links.replaceChildren(button('CSV', () => saveAs('csv'), live, words), document.createTextNode(' · '), button('JSON', () => saveAs('json'), live, words));
    // The island rewrites the status line after every change of the filter.
    new MutationObserver(() => void (async () => {
      if (!root.classList.contains('is-filtering')) return;
      const data = JSON.parse(await fetchText(facetsUrl)) as FacetFile;
      const params = new URLSearchParams(location.search);
      current = filteredCaseIds(data, selectionFromQuery(location.search), params.get('sort') === 'verified' ? 'verified' : 'newest');
      message.textContent = fill(words.matching, { count: current.length });
      fixed.hidden = true;
      dynamic.hidden = current.length === 0;
    })()).observe(status, { childList: true, characterData: true, subtree: true });
  }
}

/** Up to this many results, their addresses are looked up at once to offer one CSV button per collection. */
const EAGER_LIMIT = 100;

interface PagefindResult {
  data(): Promise<{ url: string }>;
}

class SearchDownloads extends HTMLElement {
  connectedCallback(): void {
    const root = this.closest<HTMLElement>('[data-search]');
    if (!root) return;
    const words = JSON.parse(this.dataset['words'] ?? '{}') as Words;
    const collections = JSON.parse(this.dataset['collections'] ?? '{}') as Record<string, { label: string; csv: string; json: string }>;
    const label = this.querySelector<HTMLElement>('[data-downloads-label]')!;
    const links = this.querySelector<HTMLElement>('[data-downloads-links]')!;
    const live = this.querySelector<HTMLElement>('[data-downloads-status]')!;
    let results: PagefindResult[] = [];
    let entries: Promise<{ collection: string; id: string }[]> | undefined;

    // Pagefind knows a result's address only once its fragment is loaded; load them on the first click.
    const resolve = () =>
      (entries ??= Promise.all(results.map((result) => result.data())).then((data) =>
        data.map((item) => entryOfUrl(item.url)).filter((entry): entry is { collection: string; id: string } => entry !== undefined && entry.collection in collections),
      ));
    const idsOf = (found: { collection: string; id: string }[], collection: string) => found.filter((entry) => entry.collection === collection).map((entry) => entry.id);

    const saveJson = async () => {
      const found = await resolve();
      const present = [...new Set(found.map((entry) => entry.collection))];
      const records = new Map<string, { id: string }[]>();
      await Promise.all(present.map(async (collection) => records.set(collection, JSON.parse(await fetchText(collections[collection]!.json)) as { id: string }[])));
      const out = found.flatMap((entry) => {
        const record = filterRecords(records.get(entry.collection) ?? [], [entry.id])[0];
        return record ? [{ collection: entry.collection, ...record }] : [];
      });
      save(`${JSON.stringify(out)}\n`, downloadName('search', 'json'), 'json');
    };
    const saveCsv = async (collection: string) => {
      const found = await resolve();
      save(filterCsv(await fetchText(collections[collection]!.csv), idsOf(found, collection)), downloadName(`search-${collection}`, 'csv'), 'csv');
    };

    root.addEventListener('search-results', (event) => void (async () => {
      results = (event as CustomEvent<{ results: PagefindResult[] }>).detail.results;
      entries = undefined;
      live.textContent = '';
      this.hidden = results.length === 0;
      if (results.length === 0) return;
      label.textContent = fill(words.results, { count: results.length });
      links.replaceChildren(button('JSON', saveJson, live, words));
      const mine = results;
      // A CSV has the columns of one collection: one per collection among the results. Which those
      // are is known only from the results' addresses; for a long list they are looked up on click.
      if (results.length > EAGER_LIMIT) {
        links.append(document.createTextNode(' · '), button('CSV', async () => {
          const found = await resolve();
          for (const collection of Object.keys(collections)) if (idsOf(found, collection).length) await saveCsv(collection);
        }, live, words));
        return;
      }
      const found = await resolve();
      if (results !== mine) return;
      for (const collection of Object.keys(collections)) {
        const count = idsOf(found, collection).length;
        if (count === 0) continue;
        links.append(document.createTextNode(' · '), button(fill(words.csvOf, { collection: collections[collection]!.label, count }), () => saveCsv(collection), live, words));
      }
    })());
  }
}

if (!customElements.get('list-downloads')) customElements.define('list-downloads', ListDownloads);
if (!customElements.get('search-downloads')) customElements.define('search-downloads', SearchDownloads);
