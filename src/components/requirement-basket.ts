/**
 * <requirement-basket>: the basket page's island. Lists the requirements the reader picked (kept in
 * localStorage by basket-toggle.ts), lets them remove one or all, and downloads the basket as a
 * tender annex in CSV, Markdown or .odt, written in the browser by the same pure modules that write
 * the static downloads at build time. Online, the rows are refreshed in the page's language from
 * rows.json; offline, the rows stored when they were picked are used.
 */
import { annexCsv, annexMarkdown, type AnnexLabels, type AnnexRow } from '../outputs/annex/formats.ts';
import { annexOdt, ODT_MEDIA_TYPE } from '../outputs/annex/odt.ts';
import { refreshRows, withoutRequirement } from '../outputs/annex/basket.ts';
import { fillTemplate } from '../i18n/template.ts';
import { BASKET_EVENT, readBasket, writeBasket } from './basket-toggle.ts';
import { downloadFile as download } from './download.ts';

export interface BasketConfig {
  rowsUrl: string;
  fileName: string;
  generator: string;
  labels: AnnexLabels;
  words: Record<'empty' | 'count' | 'remove' | 'clear' | 'csv' | 'md' | 'odt' | 'download', string>;
}

class RequirementBasket extends HTMLElement {
  #config?: BasketConfig;

  connectedCallback(): void {
    if (this.#config) return;
    const script = this.querySelector('script[type="application/json"]');
    try {
      this.#config = JSON.parse(script?.textContent ?? '') as BasketConfig;
    } catch {
      return;
    }
    this.hidden = false;
    this.#render();
    window.addEventListener(BASKET_EVENT, () => this.#render());
    window.addEventListener('storage', () => this.#render());
    void this.#refresh();
  }

  /** Rows in this page's language, when the network answers; the stored ones otherwise. */
  async #refresh(): Promise<void> {
    const config = this.#config!;
    try {
      const response = await fetch(config.rowsUrl);
      if (!response.ok) return;
      const fresh = (await response.json()) as AnnexRow[];
      const basket = readBasket();
      if (basket.rows.length > 0) writeBasket(refreshRows(basket, fresh));
    } catch {
      // Offline: the stored rows serve.
    }
  }

  #render(): void {
    const config = this.#config!;
    const { rows } = readBasket();
    const list = this.querySelector<HTMLElement>('[data-basket-list]')!;
    const status = this.querySelector<HTMLElement>('[data-basket-count]')!;
    const actions = this.querySelector<HTMLElement>('[data-basket-actions]')!;
    status.textContent = rows.length === 0 ? config.words.empty : fillTemplate(config.words.count, { count: rows.length });
    actions.hidden = rows.length === 0;
    list.replaceChildren(
      ...rows.map((row) => {
        const item = document.createElement('li');
        const code = document.createElement('span');
        code.className = 'requirement-code';
        code.textContent = row.code;
        const link = document.createElement('a');
        link.href = row.url;
        link.textContent = row.title;
        const meta = document.createElement('span');
        meta.className = 'muted';
        meta.textContent = ` ${row.level} · ${row.category}`;
        const remove = document.createElement('button');
        remove.type = 'button';
        remove.textContent = fillTemplate(config.words.remove, { code: row.code });
        remove.addEventListener('click', () => {
          writeBasket(withoutRequirement(readBasket(), row.id));
          (this.querySelector<HTMLElement>('[data-basket-heading]') ?? this).focus();
        });
        item.append(code, ' ', link, meta, ' ', remove);
        return item;
      }),
    );
  }

  /** Called by the buttons (wired in the constructor of the markup below). */
  export(format: 'csv' | 'md' | 'odt'): void {
    const config = this.#config!;
    const { rows } = readBasket();
    if (rows.length === 0) return;
    if (format === 'csv') download(annexCsv(rows, config.labels), 'text/csv;charset=utf-8', `${config.fileName}.csv`);
    else if (format === 'md') download(annexMarkdown(rows, config.labels), 'text/markdown;charset=utf-8', `${config.fileName}.md`);
    else download(annexOdt(rows, config.labels, { generator: config.generator }), ODT_MEDIA_TYPE, `${config.fileName}.odt`);
  }

  clear(): void {
    writeBasket({ rows: [] });
  }
}

if (!customElements.get('requirement-basket')) customElements.define('requirement-basket', RequirementBasket);

// The buttons carry data-basket-export="csv|md|odt" or data-basket-clear; one listener serves them all.
document.addEventListener('click', (event) => {
  const target = (event.target as Element | null)?.closest<HTMLElement>('[data-basket-export], [data-basket-clear]');
  const basket = target?.closest<RequirementBasket>('requirement-basket');
  if (!target || !basket) return;
  if (target.dataset['basketExport']) basket.export(target.dataset['basketExport'] as 'csv' | 'md' | 'odt');
  else basket.clear();
});
