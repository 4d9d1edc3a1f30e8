/**
 * Charts drawn at build time as inline SVG: no client JavaScript, no third-party library. Each
 * chart is an image with a <title> and <desc> for assistive technology; pages show the same
 * figures as a table beside it, so nothing depends on seeing the bars or telling colours apart.
 * Colours come from CSS classes (not style attributes), which the Content Security Policy allows.
 */

export interface Bar {
  label: string;
  value: number;
  /** A CSS class suffix for the bar's colour, e.g. 'ok' → .chart__bar--ok. */
  tone?: string;
}

export interface BarChartOptions {
  /** Read out as the image's name. */
  title: string;
  /** A one-line description, e.g. "Sweden 12, Norway 7". Defaults to the figures. */
  description?: string;
  /** Used to make ids unique within a page. */
  id: string;
  width?: number;
  rowHeight?: number;
  labelWidth?: number;
}

export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);
}

/** The default description: every bar's label and value, in order. */
export function describeBars(bars: readonly Bar[]): string {
  return bars.map((bar) => `${bar.label}: ${bar.value}`).join(', ');
}

/**
 * A horizontal bar chart as SVG markup. Bars scale to the largest value; a zero bar is drawn as
 * nothing but keeps its label and value, so the reader sees that it is zero.
 */
export function barChart(bars: readonly Bar[], options: BarChartOptions): string {
  const width = options.width ?? 640;
  const rowHeight = options.rowHeight ?? 30;
  const labelWidth = options.labelWidth ?? 200;
  const valueWidth = 56;
  const height = Math.max(1, bars.length) * rowHeight + 8;
  const max = Math.max(1, ...bars.map((bar) => bar.value));
  const barSpace = width - labelWidth - valueWidth;
  const titleId = `${options.id}-title`;
  const descId = `${options.id}-desc`;
  const rows = bars
    .map((bar, index) => {
      const y = index * rowHeight + 4;
      const barWidth = Math.round((bar.value / max) * barSpace);
      const tone = bar.tone ? ` chart__bar--${escapeXml(bar.tone)}` : '';
      const label = bar.label.length > 28 ? `${bar.label.slice(0, 27)}…` : bar.label;
      return (
        `<g><text class="chart__label" x="${labelWidth - 8}" y="${y + rowHeight / 2}" text-anchor="end" dominant-baseline="middle">${escapeXml(label)}</text>` +
        `<rect class="chart__bar${tone}" x="${labelWidth}" y="${y + 4}" width="${barWidth}" height="${rowHeight - 10}" rx="2"></rect>` +
        `<text class="chart__value" x="${labelWidth + barWidth + 6}" y="${y + rowHeight / 2}" dominant-baseline="middle">${bar.value}</text></g>`
      );
    })
    .join('');
  return (
    `<svg class="chart" role="img" aria-labelledby="${titleId} ${descId}" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" xmlns="http://www.w3.org/2000/svg">` +
    `<title id="${titleId}">${escapeXml(options.title)}</title>` +
    `<desc id="${descId}">${escapeXml(options.description ?? describeBars(bars))}</desc>` +
    rows +
    `</svg>`
  );
}
