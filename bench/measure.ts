/**
 * Runs a command and measures what a build costs: wall time, the peak resident memory of the whole
 * process tree (sampled from /proc, so child processes such as Pagefind or worker threads' parent
 * count too), and when each phase began, from markers in its output.
 */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const pageSize = 4096;

/** Resident memory (bytes) of `root` and all its descendants, read from /proc. */
export function treeRss(root: number): number {
  const children = new Map<number, number[]>();
  let pids: string[];
  try {
    pids = readdirSync('/proc').filter((name) => /^\d+$/.test(name));
  } catch {
    return 0;
  }
  for (const pid of pids) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (!children.has(parent)) children.set(parent, []);
      children.get(parent)!.push(Number(pid));
    } catch {
      // The process ended between listing and reading.
    }
  }
  let total = 0;
  const stack = [root];
  while (stack.length) {
    const pid = stack.pop()!;
    try {
      total += Number(readFileSync(`/proc/${pid}/statm`, 'utf8').split(' ')[1]) * pageSize;
    } catch {
      // Gone already.
    }
    stack.push(...(children.get(pid) ?? []));
  }
  return total;
}

export interface RunResult {
  command: string;
  exitCode: number;
  seconds: number;
  peakRssBytes: number;
  /** Memory samples (seconds since start, bytes), every 100 ms. */
  samples: { at: number; rss: number }[];
  /** Output lines with the seconds since start at which they appeared. */
  lines: { at: number; text: string }[];
}

/** Runs `command` in a shell, sampling the process tree's memory every 100 ms. */
export function runMeasured(command: string, options: { cwd: string; env: NodeJS.ProcessEnv; echo?: boolean }): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn('sh', ['-c', command], { cwd: options.cwd, env: options.env, stdio: ['ignore', 'pipe', 'pipe'] });
    const lines: { at: number; text: string }[] = [];
    let peak = 0;
    const samples: { at: number; rss: number }[] = [];
    const sample = () => {
      if (!child.pid) return;
      const rss = treeRss(child.pid);
      peak = Math.max(peak, rss);
      samples.push({ at: (performance.now() - started) / 1000, rss });
    };
    const timer = setInterval(sample, 100);
    const collect = (chunk: Buffer) => {
      const at = (performance.now() - started) / 1000;
      for (const text of chunk.toString('utf8').split('\n')) {
        if (!text.trim()) continue;
        lines.push({ at, text });
        if (options.echo) process.stderr.write(`    ${text}\n`);
      }
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    child.on('error', reject);
    child.on('close', (code) => {
      clearInterval(timer);
      resolve({ command, exitCode: code ?? 1, seconds: (performance.now() - started) / 1000, peakRssBytes: peak, samples, lines });
    });
  });
}

/** Astro output lines that start a phase of the build, in order (Astro 7's log format). */
const phaseMarkers: { phase: string; pattern: RegExp }[] = [
  { phase: 'setup (config, content guard)', pattern: /./ },
  { phase: 'content sync', pattern: /\[content\] Syncing content/ },
  { phase: 'vite build (MDX compile, bundling)', pattern: /Building static entrypoints/ },
  { phase: 'page render', pattern: /generating static routes/ },
  { phase: 'build:done integrations (sitemap)', pattern: /^[\d:]+ ✓ Completed in/ },
  // scripts/postbuild.ts in the full build, `pagefind --site` in the floor: separate processes.
  { phase: 'after astro build: search index (postbuild or pagefind CLI)', pattern: /\[build\] Complete!/ },
  { phase: 'after astro build: service worker', pattern: /\[commons:search-index\] indexed/ },
];

/** Log lines worth keeping: what each integration reports about itself, and the page count. */
export function keyLines(run: RunResult): string[] {
  return run.lines
    .filter((line) => /\[(nwtc|commons)[^\]]*\]|page\(s\) built in|Indexed \d+ pages|Finished in/.test(line.text))
    .map((line) => `${line.at.toFixed(1)} s: ${line.text.replace(/^[\d:]+ /, '')}`);
}

/** Peak memory of the process tree within each phase (MB), to tell which phase holds the most. */
export function phasePeaks(run: RunResult): Record<string, number> {
  const spans = phaseSpans(run);
  const out: Record<string, number> = {};
  for (const span of spans) {
    const inside = run.samples.filter((sample) => sample.at >= span.start && sample.at < span.end);
    out[span.phase] = Math.round(Math.max(0, ...inside.map((sample) => sample.rss)) / 1024 / 1024);
  }
  return out;
}

function phaseSpans(run: RunResult): { phase: string; start: number; end: number }[] {
  const starts: { phase: string; at: number }[] = [{ phase: phaseMarkers[0]!.phase, at: 0 }];
  let next = 1;
  for (const line of run.lines) {
    for (let i = next; i < phaseMarkers.length; i++) {
      if (phaseMarkers[i]!.pattern.test(line.text)) {
        starts.push({ phase: phaseMarkers[i]!.phase, at: line.at });
        next = i + 1;
        break;
      }
    }
  }
  return starts.map((start, i) => ({ phase: start.phase, start: start.at, end: starts[i + 1]?.at ?? run.seconds }));
}

/** Seconds spent in each phase, from the first line matching each marker to the next phase's. */
export function phases(run: RunResult): Record<string, number> {
  return Object.fromEntries(phaseSpans(run).map((span) => [span.phase, Math.round((span.end - span.start) * 100) / 100]));
}

/** Total size and number of files and HTML pages under a folder. */
export function folderStats(dir: string): { bytes: number; files: number; pages: number } {
  let bytes = 0;
  let files = 0;
  let pages = 0;
  const walk = (folder: string) => {
    for (const name of readdirSync(folder)) {
      const full = join(folder, name);
      const info = statSync(full);
      if (info.isDirectory()) walk(full);
      else {
        bytes += info.size;
        files++;
        if (name.endsWith('.html')) pages++;
      }
    }
  };
  walk(dir);
  return { bytes, files, pages };
}

/**
 * Render time per page, from Astro's route log (`├─ /en/cases/x/index.html` then `(+12ms)`).
 * Approximate when pages render concurrently, but it shows where the render phase goes.
 */
export function renderTimes(run: RunResult): { path: string; ms: number }[] {
  const out: { path: string; ms: number }[] = [];
  let current: string | undefined;
  for (const { text } of run.lines) {
    const route = /[├└]─ (\/\S+)/.exec(text);
    if (route) current = route[1]!.replace(/index\.html$/, '');
    const time = /\(\+(\d+(?:\.\d+)?)(ms|s)\)/.exec(text);
    if (time && current) {
      out.push({ path: current, ms: Number(time[1]) * (time[2] === 's' ? 1000 : 1) });
      current = undefined;
    }
  }
  return out;
}
