/**
 * <basket-toggle>: a checkbox that puts one requirement in the reader's basket (localStorage), and
 * <basket-count>: the number of requirements in it. Plain custom elements, no framework. Without
 * JavaScript neither shows anything: the static annex downloads serve instead.
 *
 * The toggle carries the requirement's annex row in the page's language (data-row, JSON), so the
 * basket can be exported offline; the basket page refreshes rows in its own language when online.
 */
import { BASKET_STORAGE_KEY, hasRequirement, isAnnexRow, parseBasket, serializeBasket, withRow, withoutRequirement, type Basket } from '../outputs/annex/basket.ts';
import { fillTemplate } from '../i18n/template.ts';

export const BASKET_EVENT = 'nwtc:basket-change';

export function readBasket(): Basket {
  try {
    return parseBasket(localStorage.getItem(BASKET_STORAGE_KEY));
  } catch {
    return { rows: [] };
  }
}

export function writeBasket(basket: Basket): boolean {
  try {
    localStorage.setItem(BASKET_STORAGE_KEY, serializeBasket(basket));
  } catch {
    return false;
  }
  window.dispatchEvent(new CustomEvent(BASKET_EVENT));
  return true;
}

/** Announces a change politely, in the one live region of the page (created on first use). */
function announce(message: string): void {
  let region = document.getElementById('basket-status');
  if (!region) {
    region = document.createElement('p');
    region.id = 'basket-status';
    region.className = 'visually-hidden';
    region.setAttribute('role', 'status');
    document.body.append(region);
  }
  region.textContent = message;
}

class BasketToggle extends HTMLElement {
  #input?: HTMLInputElement;

  connectedCallback(): void {
    if (this.#input) return;
    let row: unknown;
    try {
      row = JSON.parse(this.dataset['row'] ?? '');
    } catch {
      return;
    }
    if (!isAnnexRow(row)) return;
    const label = document.createElement('label');
    label.className = 'basket-toggle__label';
    const input = document.createElement('input');
    input.type = 'checkbox';
    input.className = 'basket-toggle__input';
    const text = document.createElement('span');
    text.textContent = this.dataset['label'] ?? '';
    // The visible text says "Add to basket"; the accessible name names the requirement too.
    input.setAttribute('aria-label', fillTemplate(this.dataset['labelCode'] ?? '{code}', { code: row.code }));
    label.append(input, text);
    this.append(label);
    this.#input = input;
    const sync = () => {
      input.checked = hasRequirement(readBasket(), row.id);
    };
    sync();
    input.addEventListener('change', () => {
      const basket = readBasket();
      const saved = writeBasket(input.checked ? withRow(basket, row) : withoutRequirement(basket, row.id));
      if (!saved) {
        input.checked = !input.checked;
        return;
      }
      announce(fillTemplate((input.checked ? this.dataset['added'] : this.dataset['removed']) ?? '', { code: row.code }));
    });
    window.addEventListener(BASKET_EVENT, sync);
    window.addEventListener('storage', (event) => {
      if (event.key === BASKET_STORAGE_KEY) sync();
    });
  }
}

class BasketCount extends HTMLElement {
  connectedCallback(): void {
    const update = () => {
      this.textContent = `(${readBasket().rows.length})`;
    };
    update();
    window.addEventListener(BASKET_EVENT, update);
    window.addEventListener('storage', (event) => {
      if (event.key === BASKET_STORAGE_KEY) update();
    });
  }
}

if (!customElements.get('basket-toggle')) customElements.define('basket-toggle', BasketToggle);
if (!customElements.get('basket-count')) customElements.define('basket-count', BasketCount);
