import { describe, expect, it } from 'vitest';
import { barChart, describeBars, escapeXml } from '../../src/lib/charts.ts';

describe('barChart', () => {
  const bars = [
    { label: 'Sweden', value: 10 },
    { label: 'Norway & <Svalbard>', value: 5, tone: 'ok' },
    { label: 'Iceland', value: 0 },
  ];
  const svg = barChart(bars, { title: 'Cases by country', id: 'by-country' });

  it('is an image named by its title and described by its figures', () => {
    expect(svg).toMatch(/^<svg[^>]* role="img" aria-labelledby="by-country-title by-country-desc"/);
    expect(svg).toContain('<title id="by-country-title">Cases by country</title>');
    expect(svg).toContain('<desc id="by-country-desc">Sweden: 10, Norway &amp; &lt;Svalbard&gt;: 5, Iceland: 0</desc>');
  });

  it('scales bars to the largest value and keeps zero bars labelled', () => {
    const widths = [...svg.matchAll(/<rect[^>]* width="(\d+)"/g)].map((m) => Number(m[1]));
    expect(widths[0]).toBe(2 * widths[1]!);
    expect(widths[2]).toBe(0);
    expect(svg).toContain('>Iceland</text>');
    expect(svg).toContain('chart__bar chart__bar--ok');
  });

  it('uses no inline style (the CSP allows none) and escapes text', () => {
    expect(svg).not.toContain('style=');
    expect(escapeXml(`a"b'c`)).toBe('a&quot;b&apos;c');
    expect(describeBars([])).toBe('');
    expect(barChart([], { title: 'Empty', id: 'e' })).toContain('<title id="e-title">Empty</title>');
  });
});
