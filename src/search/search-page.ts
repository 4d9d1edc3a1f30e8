/**
 * The search page in the browser: reads the state from the URL, asks Pagefind, renders filters
 * with counts and results as links inside `[data-search-results]`, and keeps the URL in step so
 * every search is a link. All words come from the page (data-config); the logic that can be pure
 * lives in the modules beside this file (src/search/).
 */
import { filterGroups, pagefindFilters, pagefindQuery, searchRanking, paramsFromState, stateFromParams, toggleFilter, type FilterGroup, type SearchState } from './query.ts';
import { resultLabels } from './results.ts';
import { localiseResult } from './meta.ts';
import { expandQuery, type QueryVocabulary } from './query-vocabulary.ts';
import { countUnion, searchUnion } from './union.ts';
import { parseShardManifest, shardManifestFile } from './shards.ts';
import { suggestionIndex, suggestQuery, type SuggestionIndex, type SuggestionWords } from './suggest.ts';

interface Config {
  locale: string;
  bundle: string;
  /** The query-time vocabulary (src/pages/search/vocabulary.json.ts). */
  vocabulary: string;
  /** The words "did you mean" chooses from (src/pages/search/words.json.ts), loaded on a miss. */
  words: string;
  groups: { id: FilterGroup; label: string }[];
  labels: Record<FilterGroup, Record<string, string>>;
  strings: Record<string, string>;
  /** "Written in Swedish" per content language, in the reader's language. */
  writtenIn: Record<string, string>;
}

interface PagefindResultData {
  url: string;
  meta: Record<string, string | undefined>;
}
interface PagefindResult {
  id: string;
  data(): Promise<PagefindResultData>;
}
interface PagefindSearch {
  results: PagefindResult[];
  unfilteredResultCount: number;
  filters: Record<string, Record<string, number>>;
  totalFilters: Record<string, Record<string, number>>;
}
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  mergeIndex(bundle: string, options?: Record<string, unknown>): Promise<void>;
  search(term: string | null, options?: Record<string, unknown>): Promise<PagefindSearch>;
  filters(): Promise<Record<string, Record<string, number>>>;
}

/**
 * Results shown first, and added by each "show more": a page a reader can scan, not five. Each
 * result costs one index fragment (~4 KB), loaded when it is shown; at 10,000 entries a first
 * query was just over 300 KB with ten (BENCHMARKS.md), so twenty add about 40 KB.
 */
const firstPage = 20;
const pageSize = 20;
/** Wide enough for the filters beside the results (the search page's CSS breakpoint, 48rem). */
const wideScreen = '(min-width: 48.01rem)';
/** Fewer results than this, and a word the catalogue does not have: add the corrected query's. */
const fewResults = 3;
const root = document.querySelector<HTMLElement>('[data-search]');

function format(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (match, name: string) => String(values[name] ?? match));
}

if (root) {
  const config = JSON.parse(root.dataset.config ?? '{}') as Config;
  let pagefind: Promise<Pagefind> | undefined;
  const loadPagefind = (): Promise<Pagefind> => {
    pagefind ??= (async () => {
      // The shard list (src/search/shards.ts) loads beside Pagefind's code. A list that cannot be
      // read fails the search, as Pagefind's code would: results from part of the index only would
      // look complete.
      const shardList = fetch(`${config.bundle}${shardManifestFile}`).then(async (response) => {
        if (!response.ok) throw new Error(`${shardManifestFile}: HTTP ${response.status}`);
        return parseShardManifest(await response.json());
      });
      shardList.catch(() => undefined);
      const module = (await import(/* @vite-ignore */ `${config.bundle}pagefind.js`)) as Pagefind;
      const options = { excerptLength: 0, ranking: searchRanking };
      await module.options(options);
      await module.init();
      for (const shard of await shardList) await module.mergeIndex(`${config.bundle}${shard}`, options);
      return module;
    })();
    return pagefind;
  };
  // The shared vocabulary (a few KB). Without it (offline before it was cached) the search still
  // runs, on the typed words alone, and the next search tries again.
  let vocabulary: Promise<QueryVocabulary | undefined> | undefined;
  const loadVocabulary = (): Promise<QueryVocabulary | undefined> => {
    vocabulary ??= fetch(config.vocabulary)
      .then((response) => (response.ok ? (response.json() as Promise<QueryVocabulary>) : undefined))
      .catch(() => undefined)
      .then((loaded) => {
        if (!loaded) vocabulary = undefined;
        return loaded;
      });
    return vocabulary;
  };
  // Pagefind's code, wasm and index are the slow part of a first search: their loading starts
  // before this script touches the page (the search page also preloads pagefind.js), and a
  // failure is reported by the search that awaits it.
  loadPagefind().catch(() => undefined);
  void loadVocabulary();
  // "Did you mean" words: only when a query finds nothing.
  let suggestions: Promise<SuggestionIndex | undefined> | undefined;
  const loadSuggestions = (): Promise<SuggestionIndex | undefined> => {
    suggestions ??= fetch(config.words)
      .then((response) => (response.ok ? (response.json() as Promise<SuggestionWords>) : undefined))
      .then((loaded) => (loaded ? suggestionIndex(loaded) : undefined))
      .catch(() => undefined)
      .then((loaded) => {
        if (!loaded) suggestions = undefined;
        return loaded;
      });
    return suggestions;
  };
  const form = root.querySelector<HTMLFormElement>('[data-search-form]')!;
  const input = root.querySelector<HTMLInputElement>('[data-search-input]')!;
  const sortSelect = root.querySelector<HTMLSelectElement>('[data-search-sort]')!;
  const filtersBox = root.querySelector<HTMLElement>('[data-search-filters]')!;
  const status = root.querySelector<HTMLElement>('[data-search-status]')!;
  const list = root.querySelector<HTMLOListElement>('[data-search-results]')!;
  const more = root.querySelector<HTMLButtonElement>('[data-search-more]')!;
  const panel = root.querySelector<HTMLDetailsElement>('[data-search-filter-panel]')!;
  const suggestionBox = root.querySelector<HTMLElement>('[data-search-suggestion]')!;
  const noneActions = root.querySelector<HTMLElement>('[data-search-none-actions]')!;
  const numberFormat = new Intl.NumberFormat(config.locale);

  root.querySelector<HTMLElement>('[data-search-nojs]')!.hidden = true;
  for (const element of root.querySelectorAll<HTMLElement>('[data-search-ui]')) element.hidden = false;

  let state: SearchState = stateFromParams(new URLSearchParams(location.search));
  let shown: PagefindResult[] = [];
  let generation = 0;

  const filtersFor = (except?: FilterGroup) => pagefindFilters(state.filters, except);

  const syncForm = () => {
    input.value = state.query;
    sortSelect.value = state.sort;
  };

  const renderFilters = (counts: Partial<Record<FilterGroup, Record<string, number>>>) => {
    const focusedId = document.activeElement instanceof HTMLInputElement && filtersBox.contains(document.activeElement) ? document.activeElement.id : undefined;
    filtersBox.replaceChildren();
    for (const group of config.groups) {
      const groupCounts = counts[group.id] ?? {};
      const chosen = new Set(state.filters[group.id] ?? []);
      const labels = config.labels[group.id] ?? {};
      const values = Object.keys(groupCounts).filter((value) => groupCounts[value]! > 0 || chosen.has(value));
      for (const value of chosen) if (!values.includes(value)) values.push(value);
      if (values.length === 0) continue;
      const order = Object.keys(labels);
      values.sort((a, b) =>
        group.id === 'year' ? b.localeCompare(a) : (order.indexOf(a) + 1 || 999) - (order.indexOf(b) + 1 || 999) || a.localeCompare(b),
      );
      const fieldset = document.createElement('fieldset');
      fieldset.className = 'search-filter';
      const legend = document.createElement('legend');
      legend.textContent = group.label;
      fieldset.append(legend);
      for (const value of values) {
        const id = `filter-${group.id}-${value}`.replace(/[^\w-]/g, '_');
        const wrapper = document.createElement('div');
        const box = document.createElement('input');
        box.type = 'checkbox';
        box.id = id;
        box.name = group.id;
        box.value = value;
        box.checked = chosen.has(value);
        // A value no result has cannot narrow anything: shown with its 0, not selectable.
        box.disabled = !box.checked && (groupCounts[value] ?? 0) === 0;
        box.dataset.group = group.id;
        const label = document.createElement('label');
        label.htmlFor = id;
        label.textContent = `${labels[value] ?? value} (${numberFormat.format(groupCounts[value] ?? 0)})`;
        wrapper.append(box, label);
        fieldset.append(wrapper);
      }
      filtersBox.append(fieldset);
    }
    if (Object.keys(state.filters).length > 0) {
      const clear = document.createElement('button');
      clear.type = 'button';
      clear.className = 'search-clear';
      clear.dataset.searchClear = '';
      clear.textContent = config.strings.clear ?? 'Clear';
      filtersBox.append(clear);
    }
    if (focusedId) document.getElementById(focusedId)?.focus();
  };

  /** Offline only: which of these page URLs the service worker's caches hold. */
  const storedPages = async (urls: string[]): Promise<Map<string, boolean> | undefined> => {
    if (navigator.onLine || !('caches' in window)) return undefined;
    const found = await Promise.all(urls.map(async (url) => [url, (await caches.match(new URL(url, location.href).href)) !== undefined] as const));
    return new Map(found);
  };

  const renderResults = async (results: PagefindResult[], append: boolean) => {
    // A result whose fragment cannot be fetched (offline, never loaded before) is left out rather
    // than failing the whole list.
    const settled = await Promise.allSettled(results.map((result) => result.data()));
    const data = settled.flatMap((outcome) => (outcome.status === 'fulfilled' ? [outcome.value] : []));
    // Offline, each result says whether its page is stored on this device (offline reading).
    const stored = await storedPages(data.map((result) => localiseResult(result.url, result.meta, config.locale).url));
    const items = data.map((result) => {
      const item = document.createElement('li');
      item.className = 'search-result';
      const heading = document.createElement('h3');
      const { url, title, summary: summaryText, summaryLanguage } = localiseResult(result.url, result.meta, config.locale);
      const link = document.createElement('a');
      link.href = url;
      link.textContent = title ?? url;
      heading.append(link);
      const badges = document.createElement('p');
      badges.className = 'search-result__labels';
      for (const text of resultLabels(result.meta, config.labels, config.writtenIn)) {
        const badge = document.createElement('span');
        badge.className = 'badge';
        badge.textContent = text;
        badges.append(badge);
      }
      const offlineState = stored?.get(url);
      if (offlineState !== undefined) {
        const badge = document.createElement('span');
        badge.className = offlineState ? 'badge search-result__stored' : 'badge search-result__not-stored';
        badge.textContent = (offlineState ? config.strings.stored : config.strings.notStored) ?? '';
        badges.append(badge);
        item.dataset.stored = String(offlineState);
      }
      item.append(heading, badges);
      if (summaryText) {
        const summary = document.createElement('p');
        summary.textContent = summaryText;
        if (summaryLanguage && summaryLanguage !== config.locale) summary.lang = summaryLanguage;
        item.append(summary);
      }
      return item;
    });
    if (append) list.append(...items);
    else list.replaceChildren(...items);
  };

  const filterCount = root.querySelector<HTMLElement>('[data-search-filter-count]');
  const run = async () => {
    const current = ++generation;
    // Folded on a phone, the panel still says how many filters narrow the results.
    const chosenCount = Object.values(state.filters).reduce((sum, values) => sum + (values?.length ?? 0), 0);
    if (filterCount) filterCount.textContent = chosenCount > 0 ? ` (${numberFormat.format(chosenCount)})` : '';
    // Already loading (see above); the query's folding below runs meanwhile.
    const ready = loadPagefind();
    const vocabularyReady = loadVocabulary();
    const term = pagefindQuery(state.query);
    const hasFilters = Object.keys(state.filters).length > 0;
    status.textContent = config.strings.loading ?? '';
    // Tests and the quality report wait for this instead of guessing at timings.
    root.dataset.searchState = 'loading';
    try {
      const pf = await ready;
      const loadedVocabulary = await vocabularyReady;
      // Words of the shared vocabulary also find the pages of the topic or country they name.
      const expansion = term && loadedVocabulary ? expandQuery(loadedVocabulary, term) : undefined;
      // Filter counts need every filter file; load them only when the panel is open or in use.
      // On a narrow screen the filters stay folded (the results come first); the counts are still
      // needed for the chosen filters' panel.
      if (hasFilters && matchMedia(wideScreen).matches) panel.open = true;
      const withCounts = panel.open || hasFilters;
      // Loads every filter file, so the search below can count each group.
      const totals = withCounts ? await pf.filters() : undefined;
      if (!withCounts) filtersBox.replaceChildren();
      if (!term && !hasFilters) {
        if (totals) {
          if (current !== generation) return;
          renderFilters(totals);
        }
        list.replaceChildren();
        more.hidden = true;
        suggestionBox.hidden = true;
        noneActions.hidden = true;
        shown = [];
        root.dispatchEvent(new CustomEvent('search-results', { detail: { results: shown } }));
        status.textContent = config.strings.prompt ?? '';
        root.dataset.searchState = 'done';
        return;
      }
      const sort = state.sort === 'date' ? { date: 'desc' } : undefined;
      const search = await searchUnion(pf, term, filtersFor(), expansion, { ...(sort ? { sort } : {}), counts: withCounts });
      if (withCounts) {
        // OR within a group: a group's counts are those of the results without that group's choices.
        const counts: Partial<Record<FilterGroup, Record<string, number>>> = { ...search.filters };
        for (const group of filterGroups) {
          if (!state.filters[group]?.length) continue;
          counts[group] = (await countUnion(pf, term, filtersFor(group), expansion))[group] ?? {};
        }
        if (current !== generation) return;
        renderFilters(counts);
      }
      if (current !== generation) return;
      shown = search.results;
      // Few or no results for the words as typed: the nearest words of the catalogue ("did you
      // mean"), and their results after the typed words' own ("telemedecin" finds one method
      // that has the misspelling, then the telemedicine cases).
      let corrected: string | undefined;
      const typedCount = shown.length;
      if (shown.length < fewResults && state.query) {
        const index = await loadSuggestions();
        const suggestion = index ? suggestQuery(index, state.query) : undefined;
        if (current !== generation) return;
        if (suggestion) {
          const correctedTerm = pagefindQuery(suggestion);
          const correctedSearch = await searchUnion(pf, correctedTerm, filtersFor(), loadedVocabulary ? expandQuery(loadedVocabulary, correctedTerm) : undefined, sort ? { sort } : {});
          if (current !== generation) return;
          corrected = suggestion;
          const seen = new Set(shown.map((result) => result.id));
          shown = [...shown, ...correctedSearch.results.filter((result) => !seen.has(result.id))];
        }
      }
      renderSuggestion(corrected);
      // Results, but a word the catalogue does not have ("hjemmemonitorring" still finds the
      // remote-monitoring cases through the vocabulary): offer the spelling, without waiting for it.
      if (!corrected && shown.length > 0 && state.query) {
        void loadSuggestions().then((index) => {
          const suggestion = index ? suggestQuery(index, state.query) : undefined;
          if (current === generation && suggestion) renderSuggestion(suggestion);
        });
      }
      // Every result, not only the shown ones, for the download offer (SearchDownloads.astro).
      root.dispatchEvent(new CustomEvent('search-results', { detail: { results: shown } }));
      await renderResults(shown.slice(0, firstPage), false);
      if (current !== generation) return;
      more.hidden = shown.length <= firstPage;
      more.dataset.next = String(firstPage);
      const count = numberFormat.format(shown.length);
      status.textContent = shown.length === 0
        ? format(config.strings.none ?? '', { query: state.query })
        : corrected && typedCount === 0
          ? format(config.strings.corrected ?? '', { count, query: state.query, suggestion: corrected })
          : format(state.query ? (config.strings.count ?? '') : (config.strings.countFiltered ?? ''), { count, query: state.query });
      // Nothing found with filters on: the way out is beside the message.
      noneActions.hidden = !(shown.length === 0 && hasFilters);
      root.dataset.searchState = 'done';
    } catch (error) {
      if (current !== generation) return;
      console.warn('search failed', error);
      status.textContent = config.strings.error ?? '';
      root.dataset.searchState = 'error';
    }
  };

  /** "Did you mean …?" as a link to the corrected search, or nothing. */
  const renderSuggestion = (suggestion: string | undefined) => {
    suggestionBox.replaceChildren();
    suggestionBox.hidden = !suggestion;
    if (!suggestion) return;
    const [before, after] = (config.strings.didYouMean ?? '{suggestion}').split('{suggestion}');
    const link = document.createElement('a');
    link.href = `${location.pathname}?${paramsFromState({ ...state, query: suggestion }).toString()}`;
    link.textContent = suggestion;
    link.dataset.searchSuggestionLink = '';
    suggestionBox.append(before ?? '', link, after ?? '');
  };

  const commit = (next: SearchState, push: boolean) => {
    state = next;
    const params = paramsFromState(state).toString();
    const url = `${location.pathname}${params ? `?${params}` : ''}`;
    if (push) history.pushState(null, '', url);
    else history.replaceState(null, '', url);
    void run();
  };

  let typing: number | undefined;
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    window.clearTimeout(typing);
    commit({ ...state, query: input.value.trim() }, true);
  });
  input.addEventListener('input', () => {
    window.clearTimeout(typing);
    typing = window.setTimeout(() => commit({ ...state, query: input.value.trim() }, false), 350);
  });
  sortSelect.addEventListener('change', () => commit({ ...state, sort: sortSelect.value === 'date' ? 'date' : 'relevance' }, true));
  filtersBox.addEventListener('change', (event) => {
    const box = event.target;
    if (!(box instanceof HTMLInputElement) || !box.dataset.group) return;
    commit(toggleFilter(state, box.dataset.group as FilterGroup, box.value, box.checked), true);
  });
  suggestionBox.addEventListener('click', (event) => {
    const link = event.target instanceof HTMLElement ? event.target.closest('a') : null;
    if (!link || event.ctrlKey || event.metaKey || event.shiftKey) return;
    event.preventDefault();
    commit({ ...state, query: link.textContent ?? '' }, true);
    syncForm();
  });
  root.addEventListener('click', (event) => {
    if (event.target instanceof HTMLElement && event.target.dataset.searchClear !== undefined) {
      commit({ ...state, filters: {} }, true);
      input.focus();
    }
  });
  more.addEventListener('click', () => void (async () => {
    const from = Number(more.dataset.next ?? firstPage);
    const firstNew = list.children.length;
    await renderResults(shown.slice(from, from + pageSize), true);
    more.dataset.next = String(from + pageSize);
    more.hidden = shown.length <= from + pageSize;
    list.children[firstNew]?.querySelector('a')?.focus();
  })());
  panel.addEventListener('toggle', () => {
    // Opened by the reader (not by a search that has filters, which is already loading them).
    if (panel.open && filtersBox.childElementCount === 0 && root.dataset.searchState !== 'loading') void run();
  });
  window.addEventListener('popstate', () => {
    state = stateFromParams(new URLSearchParams(location.search));
    syncForm();
    void run();
  });

  syncForm();
  void run();
}
