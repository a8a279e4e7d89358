// Browser timings of the dashboard in headless Debian Chromium against the demo server on
// localhost. Prints figures; asserts nothing (targets shown for reading, not for failing).
//   navigation → first position card (target ≤ 1 s), warm and cold HTTP cache
//   login submit → first position card
//   chart setData of 672 candles (target ≤ 50 ms) and setData → painted
//   JavaScript transferred (what the browser received) and its gzip / brotli size on disk
import { readFileSync, readdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { launchBrowser, signIn, startDemoServer } from '../../robson-web/scripts/e2e.mjs';

const RUNS = Number(process.env.RUNS ?? 10);
const COLD_RUNS = Number(process.env.COLD_RUNS ?? 5);
const DIST = resolve(dirname(fileURLToPath(import.meta.url)), '../../robson-web/dist/assets');

function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

function summary(values, unit = 'ms') {
  const fixed = (value) => `${value.toFixed(1)} ${unit}`;
  return `median ${fixed(percentile(values, 50))}, p90 ${fixed(percentile(values, 90))}, max ${fixed(Math.max(...values))} (n=${values.length})`;
}

const kib = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;

// Runs in the page before its own scripts (injected over the DevTools protocol, so the
// page's Content-Security-Policy does not apply to it).
function instrument() {
  window.__bench = {};
  document.addEventListener('submit', () => {
    window.__bench.submitted = performance.now();
  }, true);
  new MutationObserver((_, observer) => {
    if (document.querySelector('[data-testid="position-card"]')) {
      window.__bench.firstCard = performance.now();
      requestAnimationFrame(() => {
        window.__bench.firstCardFrame = performance.now();
      });
      observer.disconnect();
    }
  }).observe(document, { childList: true, subtree: true });
}

async function loadOnce(page) {
  await page.reload({ waitUntil: 'load' });
  await page.waitForFunction(() => window.__bench.firstCardFrame && performance.getEntriesByName('robson:chart:painted').length, null, { timeout: 20_000 });
  return page.evaluate(() => ({
    firstCard: window.__bench.firstCard,
    firstCardFrame: window.__bench.firstCardFrame,
    setData: performance.getEntriesByName('robson:chart:setData')[0].duration,
    painted: performance.getEntriesByName('robson:chart:painted')[0].duration,
    candles: Number(document.querySelector('[data-testid="chart-canvas"]').dataset.candles),
  }));
}

function diskSizes() {
  const scripts = readdirSync(DIST).filter((name) => name.endsWith('.js'));
  let raw = 0;
  let gzip = 0;
  let brotli = 0;
  for (const name of scripts) {
    const content = readFileSync(join(DIST, name));
    raw += content.length;
    gzip += gzipSync(content, { level: 9 }).length;
    try {
      brotli += readFileSync(join(DIST, `${name}.br`)).length;
    } catch {
      brotli = Number.NaN;
    }
  }
  return { files: scripts.length, raw, gzip, brotli };
}

async function main() {
  const log = join(mkdtempSync(join(tmpdir(), 'robson-bench-web-')), 'server.log');
  const server = await startDemoServer(log);
  const browser = await launchBrowser();
  try {
    const page = browser.context.pages()[0] ?? (await browser.context.newPage());
    await page.addInitScript(instrument);
    const cdp = await browser.context.newCDPSession(page);
    await cdp.send('Network.enable');
    const scripts = new Map();
    cdp.on('Network.responseReceived', (event) => {
      if (event.type === 'Script') {
        scripts.set(event.requestId, { url: event.response.url, encoding: event.response.headers['content-encoding'] ?? event.response.headers['Content-Encoding'] ?? 'identity', bytes: 0 });
      }
    });
    cdp.on('Network.loadingFinished', (event) => {
      if (scripts.has(event.requestId)) {
        scripts.get(event.requestId).bytes = event.encodedDataLength;
      }
    });

    // Sign in once through the form: measures submit → first card and leaves the refresh cookie.
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    await page.goto(`${server.base}/`, { waitUntil: 'load' });
    await signIn(page, { username: 'demo', password: 'robson-demo' });
    await page.waitForFunction(() => window.__bench.firstCardFrame, null, { timeout: 20_000 });
    const login = await page.evaluate(() => window.__bench.firstCardFrame - window.__bench.submitted);
    await page.waitForFunction(() => performance.getEntriesByName('robson:chart:painted').length, null, { timeout: 20_000 });
    const transferred = [...scripts.values()];
    // The first login also warms the server's JVM and its password hashing; log in a few more times.
    const logins = [];
    for (let i = 0; i < 3; i += 1) {
      await page.getByRole('button', { name: 'Sign out' }).click();
      await page.getByRole('button', { name: 'Sign in' }).waitFor();
      await page.reload({ waitUntil: 'load' });
      await signIn(page, { username: 'demo', password: 'robson-demo' });
      await page.waitForFunction(() => window.__bench.firstCardFrame, null, { timeout: 20_000 });
      logins.push(await page.evaluate(() => window.__bench.firstCardFrame - window.__bench.submitted));
    }
    await page.waitForFunction(() => performance.getEntriesByName('robson:chart:painted').length, null, { timeout: 20_000 });

    const cold = [];
    for (let i = 0; i < COLD_RUNS; i += 1) {
      cold.push(await loadOnce(page));
    }
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: false });
    await loadOnce(page);
    const warm = [];
    for (let i = 0; i < RUNS; i += 1) {
      warm.push(await loadOnce(page));
    }

    const disk = diskSizes();
    const sent = transferred.reduce((sum, script) => sum + script.bytes, 0);
    const encodings = [...new Set(transferred.map((script) => script.encoding))].join(', ');
    const all = [...cold, ...warm];
    console.log('bench/web — headless Chromium, demo server on localhost (silent session restore from the refresh cookie)');
    console.log(`navigation → first position card (DOM), warm cache:   ${summary(warm.map((run) => run.firstCard))}`);
    console.log(`navigation → first position card (painted), warm:      ${summary(warm.map((run) => run.firstCardFrame))}   target ≤ 1000 ms`);
    console.log(`navigation → first position card (painted), cold cache: ${summary(cold.map((run) => run.firstCardFrame))}   target ≤ 1000 ms`);
    console.log(`login submit → first position card (painted):          ${summary(logins)}; first login (cold JVM) ${login.toFixed(1)} ms`);
    console.log('  (a login includes the server\'s BCrypt check at cost 12: a few hundred ms by design)');
    console.log(`chart setData, ${all[0].candles} candles + volume:             ${summary(all.map((run) => run.setData))}   target ≤ 50 ms`);
    console.log(`chart setData → painted (includes the wait for a frame): ${summary(all.map((run) => run.painted))}`);
    console.log(`JavaScript transferred on first load: ${kib(sent)} in ${transferred.length} files (Content-Encoding: ${encodings})`);
    console.log(`JavaScript built: ${kib(disk.raw)} in ${disk.files} files; gzip -9 ${kib(disk.gzip)}; brotli ${kib(disk.brotli)}`);
  } finally {
    await browser.close();
    await server.stop();
  }
}

await main();
