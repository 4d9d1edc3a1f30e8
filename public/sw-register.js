// Registers the service worker that src/offline/service-worker.ts generates with Workbox, and shows
// the offline and new-version notices rendered by src/components/SearchBox.astro. A static file,
// not bundled: it stays an external script under the Content Security Policy, on every page.
const offlineNotice = document.querySelector('[data-offline-notice]');
const updateNotice = document.querySelector('[data-update-notice]');

const showConnection = () => {
  if (offlineNotice) offlineNotice.hidden = navigator.onLine;
};
addEventListener('online', showConnection);
addEventListener('offline', showConnection);
showConnection();

if ('serviceWorker' in navigator) {
  // A page that was already controlled and gets a new controller is from the previous build:
  // offer a reload instead of mixing two builds' files in one page.
  const hadController = navigator.serviceWorker.controller !== null;
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    if (hadController && updateNotice) updateNotice.hidden = false;
  });
  updateNotice?.querySelector('button')?.addEventListener('click', () => location.reload());
  // sw.js sits next to this file, at the root of the site (or of its base path).
  const register = () =>
    navigator.serviceWorker
      .register(new URL('sw.js', import.meta.url))
      .then(storeForReading)
      .catch((error) => {
        console.warn('service worker not registered', error);
      });
  // Installing precaches the shell and the search index (hundreds of KB). Started with the page,
  // it competed with a reader's first search for the network and the CPU (at 10,000 entries the
  // first result came about 60 ms later), so it waits for the page to load and, on the search
  // page, for that first search to finish (src/search/search-page.ts sets data-search-state).
  const search = document.querySelector('[data-search]');
  const searchSettled = () => !search || search.dataset.searchState === 'done' || search.dataset.searchState === 'error';
  const afterLoad = () => {
    if (searchSettled()) {
      void register();
      return;
    }
    const observer = new MutationObserver(() => {
      if (!searchSettled()) return;
      observer.disconnect();
      void register();
    });
    observer.observe(search, { attributes: true, attributeFilter: ['data-search-state'] });
  };
  if (document.readyState === 'complete') afterLoad();
  else addEventListener('load', afterLoad, { once: true });
}

// Offline reading: once the worker runs, ask it to store the pages of the reader's language (the
// /{lang}/ prefix of this page) as the reader chose on /{lang}/offline/, by default every section
// within the default budget. The worker skips pages it has, so repeating this on every visit costs
// one small list. The same logic, typed, is src/offline/preference.ts (this file is not bundled).
const readingLanguages = ['en', 'sv', 'nb', 'da', 'fi', 'is'];
/** src/offline/reading-list.ts defaultBudget; test/offline/reading-list.test.ts keeps them equal. */
const defaultReadingBudget = 25 * 1024 * 1024;
function storeForReading() {
  const siteRoot = new URL('.', import.meta.url).pathname;
  const lang = location.pathname.startsWith(siteRoot) ? location.pathname.slice(siteRoot.length).split('/')[0] : '';
  // The offline-reading page asks for itself, when the reader says so.
  if (!readingLanguages.includes(lang) || !navigator.onLine || document.querySelector('[data-reading]')) return;
  let preference = { mode: 'auto', sections: [] };
  try {
    preference = JSON.parse(localStorage.getItem('commons-offline-reading') || 'null') || preference;
  } catch {
    // the default
  }
  const message = {
    type: 'commons-store',
    id: 'background',
    lang,
    sections: preference.mode === 'some' && Array.isArray(preference.sections) ? preference.sections : 'all',
    budget: preference.mode === 'all' || preference.mode === 'some' ? Number.MAX_SAFE_INTEGER : defaultReadingBudget,
  };
  return navigator.serviceWorker.ready.then((registration) => registration.active?.postMessage(message));
}
