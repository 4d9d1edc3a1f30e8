/**
 * Lighthouse (the npm package) with Debian's Chromium, one page at a time, mobile form factor with
 * Lighthouse's default simulated throttling. Offline is fine: Lighthouse needs only the page.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface LighthouseScores {
  performance: number | null;
  accessibility: number | null;
  'best-practices': number | null;
  seo: number | null;
  /** Audits that lost points, for the report. */
  failing: string[];
  error?: string;
}

export function runLighthouse(url: string, chromePath: string): Promise<LighthouseScores> {
  const folder = mkdtempSync(join(tmpdir(), 'commons-lh-'));
  const output = join(folder, 'report.json');
  const args = [
    url,
    '--quiet',
    '--output=json',
    `--output-path=${output}`,
    '--only-categories=performance,accessibility,best-practices,seo',
    '--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage --no-first-run --disable-background-networking --disable-component-update --disable-sync',
    '--max-wait-for-load=45000',
  ];
  return new Promise((resolve) => {
    const child = spawn('node_modules/.bin/lighthouse', args, {
      env: { ...process.env, CHROME_PATH: chromePath, PATH: `${join(process.cwd(), 'node_modules/.bin')}:${process.env.PATH}` },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.on('close', (code) => {
      const empty = { performance: null, accessibility: null, 'best-practices': null, seo: null, failing: [] };
      try {
        const report = JSON.parse(readFileSync(output, 'utf8')) as {
          categories: Record<string, { score: number | null; auditRefs: { id: string; weight: number }[] }>;
          audits: Record<string, { score: number | null; title: string; scoreDisplayMode: string }>;
        };
        const score = (id: string) => (report.categories[id]?.score == null ? null : Math.round(report.categories[id].score * 100));
        const failing = Object.entries(report.categories).flatMap(([category, { auditRefs }]) =>
          auditRefs
            .filter((ref) => ref.weight > 0)
            .map((ref) => ({ ref, audit: report.audits[ref.id]! }))
            .filter(({ audit }) => audit && audit.scoreDisplayMode !== 'notApplicable' && audit.scoreDisplayMode !== 'informative' && audit.score !== null && audit.score < 0.9)
            .map(({ ref, audit }) => `${category}: ${ref.id} (${Math.round((audit.score ?? 0) * 100)})`),
        );
        resolve({ performance: score('performance'), accessibility: score('accessibility'), 'best-practices': score('best-practices'), seo: score('seo'), failing });
      } catch {
        resolve({ ...empty, error: `lighthouse exited ${code}: ${stderr.trim().split('\n').slice(-3).join(' | ')}` });
      } finally {
        rmSync(folder, { recursive: true, force: true });
      }
    });
  });
}
