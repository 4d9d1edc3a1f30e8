/**
 * Sorting a comparison table in the browser: a tiny island in plain TypeScript. The table is
 * server-rendered in its no-JavaScript order; the script only adds buttons to the column headers
 * and reorders rows by each cell's `data-sort` key (or its text), keeping `aria-sort` in step.
 */

export type SortType = 'number' | 'text';
export type SortDirection = 'ascending' | 'descending';

/** Compares two cell keys; numbers numerically, text by the page language with digits as numbers. */
export function compareKeys(a: string, b: string, type: SortType, collator: Intl.Collator): number {
  if (type === 'number') return (Number(a) || 0) - (Number(b) || 0);
  return collator.compare(a, b);
}

/** The direction a click on a header sets: ascending first, then toggling. */
export function nextDirection(current: string | null): SortDirection {
  return current === 'ascending' ? 'descending' : 'ascending';
}

/**
 * Row indexes in their new order. Rows with equal keys keep their current relative order, so
 * sorting by stage after sorting by period keeps each stage's rows by period.
 */
export function sortedOrder(keys: readonly string[], type: SortType, direction: SortDirection, collator: Intl.Collator): number[] {
  const sign = direction === 'ascending' ? 1 : -1;
  return keys
    .map((key, index) => ({ key, index }))
    .sort((a, b) => sign * compareKeys(a.key, b.key, type, collator) || a.index - b.index)
    .map(({ index }) => index);
}

/** Wires every `table[data-sortable]` in `root`. Safe to call once per page. */
export function enhanceSortableTables(root: ParentNode, language: string): void {
  const collator = new Intl.Collator(language || undefined, { numeric: true, sensitivity: 'base' });
  for (const table of root.querySelectorAll<HTMLTableElement>('table[data-sortable]')) {
    const headerRow = table.tHead?.rows[0];
    const body = table.tBodies[0];
    if (!headerRow || !body) continue;
    const headers = [...headerRow.cells];
    headers.forEach((header, column) => {
      const type = header.dataset['sortType'] as SortType | undefined;
      if (!type) return;
      const button = header.ownerDocument.createElement('button');
      button.type = 'button';
      button.className = 'sort-button';
      button.append(...header.childNodes);
      header.append(button);
      button.addEventListener('click', () => {
        const direction = nextDirection(header.getAttribute('aria-sort'));
        for (const other of headers) other.removeAttribute('aria-sort');
        header.setAttribute('aria-sort', direction);
        const rows = [...body.rows];
        const keys = rows.map((row) => {
          const cell = row.cells[column];
          return cell?.dataset['sort'] ?? cell?.textContent?.trim() ?? '';
        });
        body.append(...sortedOrder(keys, type, direction, collator).map((index) => rows[index]!));
        // "Newest first" no longer describes the table.
        for (const note of root.querySelectorAll<HTMLElement>(`[data-sort-default="${table.id}"]`)) note.hidden = true;
      });
    });
    for (const hint of root.querySelectorAll<HTMLElement>(`[data-sort-hint="${table.id}"]`)) hint.hidden = false;
  }
}
