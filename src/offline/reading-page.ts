/**
 * The offline-reading control (src/pages/[lang]/offline/index.astro): shows what is stored of the
 * reader's language and its size, saves the reader's choice (more or less) for every later page
 * (public/sw-register.js sends it to the service worker on each visit), asks the worker to store
 * now, and shows its progress.
 */
import type { ReadingList } from './reading-list.ts';
import { readingPreference, readingRequest, savePreference, type ReadingPreference } from './preference.ts';

interface Config {
  lang: string;
  list: string;
  root: string;
  budget: number;
  sections: Record<string, string>;
  strings: Record<string, string>;
}

const root = document.querySelector<HTMLElement>('[data-reading]');
const fill = (template: string, values: Record<string, string | number>) => template.replace(/\{(\w+)\}/g, (match, name: string) => String(values[name] ?? match));

if (root) {
  const config = JSON.parse(root.dataset.config ?? '{}') as Config;
  const form = root.querySelector<HTMLFormElement>('[data-reading-form]')!;
  const status = root.querySelector<HTMLElement>('[data-reading-status]')!;
  const progress = root.querySelector<HTMLProgressElement>('[data-reading-progress]')!;
  const sectionList = root.querySelector<HTMLUListElement>('[data-reading-sections]')!;
  const megabytes = new Intl.NumberFormat(document.documentElement.lang || config.lang, { style: 'unit', unit: 'megabyte', maximumFractionDigits: 1 });
  const kilobytes = new Intl.NumberFormat(document.documentElement.lang || config.lang, { style: 'unit', unit: 'kilobyte', maximumFractionDigits: 0 });
  // Under a tenth of a megabyte a section would read "0 MB": say its size in kilobytes instead.
  const size = (bytes: number) => (bytes < 0.1 * 1024 * 1024 ? kilobytes.format(Math.max(1, Math.round(bytes / 1024))) : megabytes.format(bytes / 1024 / 1024));
  const siteRoot = new URL(config.root, location.href);
  root.querySelector<HTMLElement>('[data-reading-nojs]')!.hidden = true;

  if (!('serviceWorker' in navigator) || !('caches' in window)) {
    status.textContent = config.strings.unsupported ?? '';
  } else {
    form.hidden = false;
    void start();
  }

  async function pagesCache(): Promise<Cache | undefined> {
    const name = (await caches.keys()).find((key) => key.startsWith('commons-') && key.endsWith('-pages'));
    return name ? caches.open(name) : undefined;
  }

  async function start(): Promise<void> {
    const response = await fetch(config.list).catch(() => undefined);
    if (!response?.ok) return;
    const list = (await response.json()) as ReadingList;
    const preference = readingPreference(localStorage);
    root!.querySelector('[data-reading-auto]')!.textContent = fill(config.strings.auto ?? '', { size: size(config.budget) });
    root!.querySelector('[data-reading-all]')!.textContent = fill(config.strings.all ?? '', { size: size(list.bytes) });
    sectionList.replaceChildren(
      ...list.sections.filter((section) => section.name !== '').map((section) => {
        const item = document.createElement('li');
        const box = document.createElement('input');
        box.type = 'checkbox';
        box.id = `reading-section-${section.name}`;
        box.name = 'section';
        box.value = section.name;
        box.checked = preference.mode === 'some' && preference.sections.includes(section.name);
        const label = document.createElement('label');
        label.htmlFor = box.id;
        label.textContent = `${config.sections[section.name] ?? `/${config.lang}/${section.name}/`} (${section.pages.length}, ${size(section.bytes)})`;
        item.append(box, ' ', label);
        return item;
      }),
    );
    form.querySelector<HTMLInputElement>(`input[name="mode"][value="${preference.mode}"]`)!.checked = true;

    const showStored = async () => {
      const cache = await pagesCache();
      let pages = 0;
      let bytes = 0;
      const total = list.sections.reduce((n, section) => n + section.pages.length, 0);
      if (cache) {
        for (const section of list.sections) {
          for (const [index, page] of section.pages.entries()) {
            if (await cache.match(new URL(page, siteRoot).href)) {
              pages += 1;
              bytes += section.sizes[index] ?? 0;
            }
          }
        }
      }
      status.textContent = fill(config.strings.stored ?? '', { pages, total, size: size(bytes) });
      root!.dataset.readingStored = String(pages);
    };

    navigator.serviceWorker.addEventListener('message', (event) => {
      const data = event.data as { type?: string; id?: string; lang?: string; done?: number; total?: number; bytes?: number };
      // Only this page's request: another page's background store would rewrite the status.
      if (data.type === 'commons-store-progress' && data.id === request && data.lang === config.lang) {
        progress.max = Math.max(1, data.total ?? 1);
        progress.value = data.done ?? 0;
        status.textContent = fill(config.strings.status ?? '', { done: data.done ?? 0, total: data.total ?? 0, size: size(data.bytes ?? 0) });
        if (data.done === data.total) void showStored().then(() => (root!.dataset.readingState = 'done'));
      } else if (data.type === 'commons-store-cleared') {
        progress.value = 0;
        void showStored().then(() => {
          status.textContent = `${config.strings.removed ?? ''} ${status.textContent}`;
          root!.dataset.readingState = 'removed';
        });
      }
    });

    let request = '';
    const chosen = (): ReadingPreference => {
      const mode = (form.querySelector<HTMLInputElement>('input[name="mode"]:checked')?.value ?? 'auto') as ReadingPreference['mode'];
      const sections = [...form.querySelectorAll<HTMLInputElement>('input[name="section"]:checked')].map((box) => box.value);
      return { mode, sections };
    };
    // Ticking a section chooses "only these sections".
    sectionList.addEventListener('change', () => {
      form.querySelector<HTMLInputElement>('#reading-some')!.checked = true;
    });
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const preference = chosen();
      savePreference(localStorage, preference);
      root!.dataset.readingState = 'storing';
      request = `page-${Date.now()}`;
      void navigator.serviceWorker.ready.then((registration) => registration.active?.postMessage(readingRequest(config.lang, preference, config.budget, request)));
    });
    root!.querySelector('[data-reading-remove]')!.addEventListener('click', () => {
      void navigator.serviceWorker.ready.then((registration) => registration.active?.postMessage({ type: 'commons-store-clear' }));
    });
    await showStored();
    root!.dataset.readingState = 'ready';
  }
}
