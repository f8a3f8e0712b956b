/**
 * `npm run bench`: runs `npm run build` (every step: astro build, Pagefind,
 * server configuration, precompression) cold in a temporary folder with the
 * real content, then with 200 and 1,000 generated articles per locale, and a
 * second time with nothing changed; reports the build's time and its split per
 * step, cost per page, peak memory, search-index size per language and the
 * bytes a reader downloads. On the real content it also reports Lighthouse's mobile
 * performance score per page, the median of 3 runs (a timing, so reported here
 * and never gated in CI). Writes bench/results.json. Not part of `npm test`.
 *
 * `BENCH_PEER=../shared/peer-starlight/build.sh npm run bench` instead builds
 * the project (`npm run build`, cold) and the Starlight peer (its whole build)
 * in turn at 200 and 1,000 copies per locale and reports the paired pages/s
 * ratio (bench/peer-results.json).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { locales } from '../src/i18n/locales.ts';
import { categoriesWithExtra, generatedSite } from './generated-site.ts';
import { chromiumArgs, chromiumPath } from '../test/support/chromium.ts';
import { htmlFiles } from '../test/support/html.ts';
import { parse } from 'parse5';
import { brotliSize, cssWeight, javascriptWeight } from '../test/support/page-weight.ts';
import { projectRoot } from '../test/support/paths.ts';
import { serveStatic } from '../test/support/static-server.ts';
import { hydrateIslands } from '../test/support/islands.ts';
import { searchQueries } from '../test/support/search-queries.ts';
import { firstSearchTransfer } from '../test/support/transfer.ts';
import { buildStepsFile, type BuildStepTime } from '../scripts/build.ts';
import { auditedPages, runLighthouse, type LighthouseRun } from '../test/lighthouse/run-lighthouse.ts';

const sizes = (process.env.BENCH_SIZES ?? '0,200,1000').split(',').map(Number);
const tmpRoot = join(projectRoot, 'bench', 'tmp');
const gzip = (data: string | Buffer) => gzipSync(data, { level: 9 }).length;

/** Benchmark categories added to the site's own, so that generated articles fill several long categories. */
const BENCH_CATEGORIES = 6;

function prepare(size: number): string {
  return generatedSite(join(tmpRoot, `site-${size}`), size, categoriesWithExtra(BENCH_CATEGORIES));
}

/** Runs a command under /usr/bin/time: wall seconds and peak resident memory. */
function measure(dir: string, command: string, args: string[]) {
  try {
    execFileSync('/usr/bin/time', ['-o', join(dir, '.time'), '-f', '%e %M', command, ...args], { cwd: dir, stdio: 'ignore' });
  } catch (error) {
    throw new Error(`${command} ${args.join(' ')} failed in ${dir}: ${String(error)}`);
  }
  const [seconds, kilobytes] = readFileSync(join(dir, '.time'), 'utf8').trim().split(/\s+/).map(Number) as [number, number];
  return { seconds, peakMB: Math.round(kilobytes / 1024) };
}

function folderBytes(dir: string, prefix: string): number {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.startsWith(prefix))
    .reduce((sum, entry) => sum + statSync(join(entry.parentPath, entry.name)).size, 0);
}

/** What the first search downloads in each language, with the site's own search UI, from opening search to the first results. */
async function firstSearchBytes(dist: string): Promise<Record<string, number>> {
  const { url, server } = await serveStatic(dist);
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
  const bytes: Record<string, number> = {};
  try {
    for (const locale of locales) {
      const page = await browser.newPage();
      page.setDefaultTimeout(60_000);
      await page.goto(new URL(`/${locale.path}/`, url).href);
      await hydrateIslands(page);
      bytes[locale.path] = (await firstSearchTransfer(page, searchQueries[locale.path].renew)).bytes;
      await page.close();
    }
  } finally {
    await browser.close();
    server.close();
  }
  return bytes;
}

function firstLoad(dist: string) {
  const weigh = (path: string) => {
    const file = join(dist, path, 'index.html');
    const html = readFileSync(file, 'utf8');
    const page = { path, file, html, document: parse(html) };
    return {
      html: gzip(page.html),
      css: cssWeight(page, dist),
      js: javascriptWeight(page, [], dist).total,
      brotli: { html: brotliSize(page.html), css: cssWeight(page, dist, brotliSize), js: javascriptWeight(page, [], dist, brotliSize).total },
    };
  };
  return {
    home: weigh('/en/'),
    'plain article': weigh('/en/upgrade-partner-network-membership/'),
    'article with islands': weigh('/en/buy-or-renew-action-pack/'),
    'category page': weigh('/en/category/subscription/'),
    '404': weigh('/en/404/'),
  };
}

const LIGHTHOUSE_RUNS = 3;

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/**
 * Lighthouse's performance score for each audited page, median of 3. The runs
 * go round the pages in turn, so a noisy moment on the machine lowers one run
 * of several pages rather than every run of one.
 */
async function lighthousePerformance(dist: string): Promise<Record<string, { runs: number[]; median: number }>> {
  const rounds: LighthouseRun[][] = [];
  for (let round = 0; round < LIGHTHOUSE_RUNS; round++) rounds.push(await runLighthouse(dist, auditedPages, ['performance']));
  return Object.fromEntries(
    auditedPages.map((page, index) => {
      const runs = rounds.map((round) => round[index]!.scores.performance!);
      return [page.path, { runs, median: median(runs) }];
    }),
  );
}

if (process.argv[2] === 'prepare') {
  // `node bench/run.ts prepare 200`: only write the generated site, to profile a build by hand.
  console.log(prepare(Number(process.argv[3] ?? 200)));
  process.exit(0);
}

/** The split `scripts/build.ts` wrote for the build just run in `dir`. */
function buildSteps(dir: string): { steps: BuildStepTime[]; upToDate: boolean } {
  const written = JSON.parse(readFileSync(join(dir, buildStepsFile), 'utf8')) as { steps: BuildStepTime[]; upToDate?: boolean };
  return { steps: written.steps, upToDate: written.upToDate === true };
}

/** Output, generated types, content store, Vite's cache and the precompression cache: what a cold build starts without. */
function clearBuildState(dir: string): void {
  for (const cache of ['dist', '.astro', '.cache', 'node_modules/.vite']) rmSync(join(dir, cache), { recursive: true, force: true });
}

/**
 * One `npm run build` of the project, every step it runs, timed as a whole
 * (wall time and the peak memory of its largest process), with the split per
 * step. Cold, as the peer's script builds, unless `warm`: then it is a second
 * build with nothing changed since the one before (`force`: made to run every
 * step anyway, as after an edit, with the caches of the build before).
 */
function projectBuild(dir: string, { warm = false, force = false } = {}) {
  if (!warm) clearBuildState(dir);
  const run = measure(dir, 'npm', ['run', 'build', ...(force ? ['--', '--force'] : [])]);
  const pages = htmlFiles(join(dir, 'dist')).length;
  return { pages, seconds: run.seconds, pagesPerSecond: pages / run.seconds, peakMB: run.peakMB, ...buildSteps(dir) };
}

/** The seconds the named steps of one build took together. */
const stepSeconds = (steps: BuildStepTime[], names: readonly string[]) => steps.filter((step) => names.includes(step.name)).reduce((sum, step) => sum + step.seconds, 0);

/** One build of the peer; its script prints "starlight: P pages in S s, R pages/s, peak RSS M MB". */
function peerBuild(script: string, size: number) {
  const line = execFileSync('bash', [script, String(size)], { encoding: 'utf8' }).trim().split('\n').at(-1) ?? '';
  const match = /(\d+) pages in ([\d.]+) s, ([\d.]+) pages\/s, peak RSS (\d+) MB/.exec(line);
  if (!match) throw new Error(`${script} ${size} printed no figures: ${line}`);
  return { pages: Number(match[1]), seconds: Number(match[2]), pagesPerSecond: Number(match[3]), peakMB: Number(match[4]) };
}

/**
 * `BENCH_PEER=<peer build script> npm run bench`: the project and the peer
 * built in turn (project, peer, project, peer, …), PEER_RUNS times each per
 * size, so that both meet the same state of the machine; the ratio is the
 * median of the ratios of each pair.
 */
const PEER_RUNS = 3;

async function pairedWithPeer(script: string, peerSizes: number[]) {
  const paired = [];
  for (const size of peerSizes) {
    const dir = prepare(size);
    const runs: { project: ReturnType<typeof projectBuild>; peer: ReturnType<typeof peerBuild> }[] = [];
    for (let run = 0; run < PEER_RUNS; run++) runs.push({ project: projectBuild(dir), peer: peerBuild(script, size) });
    rmSync(dir, { recursive: true, force: true });
    const of = (side: 'project' | 'peer', figure: 'seconds' | 'pagesPerSecond' | 'peakMB') => median(runs.map((pair) => pair[side][figure]));
    paired.push({
      copiesPerLocale: size,
      runs,
      project: {
        pages: runs[0]!.project.pages,
        seconds: of('project', 'seconds'),
        pagesPerSecond: of('project', 'pagesPerSecond'),
        peakMB: of('project', 'peakMB'),
        split: runs[0]!.project.steps.map(({ name }, index) => `${name} ${median(runs.map((pair) => pair.project.steps[index]!.seconds)).toFixed(1)}`).join(' · '),
      },
      peer: { pages: runs[0]!.peer.pages, seconds: of('peer', 'seconds'), pagesPerSecond: of('peer', 'pagesPerSecond'), peakMB: of('peer', 'peakMB') },
      pagesPerSecondRatio: median(runs.map((pair) => pair.project.pagesPerSecond / pair.peer.pagesPerSecond)),
      // The same pairs with the project's astro build and search index steps only (no server configuration, no precompression), as the peer's build is astro build with its Pagefind step.
      astroBuildRatio: median(runs.map((pair) => pair.project.pages / stepSeconds(pair.project.steps, ['astro build', 'search index']) / pair.peer.pagesPerSecond)),
    });
  }
  return paired;
}

if (process.env.BENCH_PEER) {
  const peerSizes = (process.env.BENCH_PEER_SIZES ?? '200,1000').split(',').map(Number);
  const paired = await pairedWithPeer(process.env.BENCH_PEER, peerSizes);
  console.log(`\nMachine: ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}; ${PEER_RUNS} runs each, alternating\n`);
  console.log('| copies/locale | project pages | project `npm run build` | its split, median (s) | project pages/s | project peak RSS | peer pages | peer build | peer pages/s | peer peak RSS | pages/s ratio (median of pairs) | astro build + Pagefind only: ratio |');
  console.log('|---|---|---|---|---|---|---|---|---|---|---|---|');
  for (const p of paired) {
    console.log(`| ${p.copiesPerLocale} | ${p.project.pages} | ${p.project.seconds.toFixed(1)} s | ${p.project.split} | ${p.project.pagesPerSecond.toFixed(1)} | ${p.project.peakMB} MB | ${p.peer.pages} | ${p.peer.seconds.toFixed(1)} s | ${p.peer.pagesPerSecond.toFixed(1)} | ${p.peer.peakMB} MB | ${p.pagesPerSecondRatio.toFixed(2)}× | ${p.astroBuildRatio.toFixed(2)}× |`);
  }
  writeFileSync(join(projectRoot, 'bench', 'peer-results.json'), `${JSON.stringify({ measuredAt: new Date().toISOString(), machine: { cpus: cpus().length, model: cpus()[0]?.model, memoryGiB: Math.round(totalmem() / 2 ** 30), node: process.version }, paired }, null, 2)}\n`);
  process.exit(0);
}

const results = [];
let lighthouse: Awaited<ReturnType<typeof lighthousePerformance>> | undefined;
for (const size of sizes) {
  const dir = prepare(size);
  const build = projectBuild(dir);
  const rebuild = projectBuild(dir, { warm: true });
  const forcedRebuild = projectBuild(dir, { warm: true, force: true });
  const dist = join(dir, 'dist');
  const pageCount = htmlFiles(dist).length;
  const pagefindDir = join(dist, 'pagefind');
  const indexBytes = Object.fromEntries(locales.map((locale) => [locale.path, folderBytes(pagefindDir, `${locale.path}_`) + folderBytes(pagefindDir, `pagefind.${locale.path}_`)]));
  const result = {
    articlesPerLocale: size + 2,
    pages: pageCount,
    buildSeconds: build.seconds,
    pagesPerSecond: Math.round(pageCount / build.seconds),
    msPerPage: Number(((build.seconds * 1000) / pageCount).toFixed(1)),
    buildPeakMB: build.peakMB,
    steps: build.steps,
    rebuildSeconds: rebuild.seconds,
    rebuildSteps: rebuild.steps,
    rebuildUpToDate: rebuild.upToDate,
    forcedRebuildSeconds: forcedRebuild.seconds,
    forcedRebuildSteps: forcedRebuild.steps,
    indexBytes,
    firstLoad: firstLoad(dist),
    firstSearchBytes: await firstSearchBytes(dist),
  };
  results.push(result);
  if (size === 0) lighthouse = await lighthousePerformance(dist);
  rmSync(dir, { recursive: true, force: true });
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
console.log(`\nMachine: ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}\n`);
const split = (steps: BuildStepTime[]) => steps.map(({ name, seconds }) => `${name} ${seconds.toFixed(1)}`).join(' · ');
console.log('| articles/locale | pages | `npm run build`, cold | pages/s | ms/page | peak RSS | split (s) | second build, nothing changed | second build with `-- --force` | its split (s) | index en / de / nl / zh-cn / ru |');
console.log('|---|---|---|---|---|---|---|---|---|---|---|');
for (const r of results) {
  console.log(`| ${r.articlesPerLocale} | ${r.pages} | ${r.buildSeconds.toFixed(1)} s | ${r.pagesPerSecond} | ${r.msPerPage} | ${r.buildPeakMB} MB | ${split(r.steps)} | ${r.rebuildSeconds.toFixed(1)} s${r.rebuildUpToDate ? ' (nothing to do)' : ` (${split(r.rebuildSteps)})`} | ${r.forcedRebuildSeconds.toFixed(1)} s | ${split(r.forcedRebuildSteps)} | ${locales.map((l) => kb(r.indexBytes[l.path]!)).join(' / ')} |`);
}
console.log('\n| articles/locale | page type | HTML gzip / brotli | CSS gzip / brotli | JS gzip / brotli | first search, gzip (en / de / nl / zh-cn / ru) |');
console.log('|---|---|---|---|---|---|');
for (const r of results) {
  for (const [type, w] of Object.entries(r.firstLoad)) {
    console.log(`| ${r.articlesPerLocale} | ${type} | ${kb(w.html)} / ${kb(w.brotli.html)} | ${kb(w.css)} / ${kb(w.brotli.css)} | ${kb(w.js)} / ${kb(w.brotli.js)} | ${type === 'home' ? locales.map((l) => kb(r.firstSearchBytes[l.path]!)).join(' / ') : ''} |`);
  }
}
if (lighthouse) {
  console.log(`\n| Lighthouse performance, mobile, median of ${LIGHTHOUSE_RUNS} | ${locales.map((l) => l.path).join(' | ')} |`);
  console.log(`|---|${locales.map(() => '---|').join('')}`);
  for (const type of ['home', 'article', '404'] as const) {
    const cells = locales.map((locale) => {
      const page = auditedPages.find((candidate) => candidate.type === type && candidate.path.startsWith(`/${locale.path}/`))!;
      const score = lighthouse![page.path]!;
      return `${score.median} (${score.runs.join(', ')})`;
    });
    console.log(`| ${type} | ${cells.join(' | ')} |`);
  }
}
mkdirSync(join(projectRoot, 'bench'), { recursive: true });
writeFileSync(join(projectRoot, 'bench', 'results.json'), `${JSON.stringify({ measuredAt: new Date().toISOString(), machine: { cpus: cpus().length, model: cpus()[0]?.model, memoryGiB: Math.round(totalmem() / 2 ** 30), node: process.version }, results, lighthousePerformance: lighthouse }, null, 2)}\n`);
