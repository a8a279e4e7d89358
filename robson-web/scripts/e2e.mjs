// End-to-end: the real server in demo mode, Debian's Chromium driven by playwright-core.
// Builds nothing: it starts robson-server/target/robson-server.jar (override with ROBSON_JAR)
// on a free port with a fresh data folder, waits for /actuator/health, runs the journeys,
// stops the server, prints "e2e: N passed, M failed" and exits non-zero on any failure.
// With ROBSON_E2E_URL set it uses that running server instead of starting one.
import { spawn, spawnSync } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { cockpitJourneys } from './e2e-cockpit.mjs';
import { planningJourneys } from './e2e-planning.mjs';
import { pushJourneys } from './e2e-push.mjs';
import { attentionJourneys } from './e2e-attention.mjs';
import { DESKTOP, assertFitsAPhone } from './e2e-viewports.mjs';

const WEB = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const REPO = resolve(WEB, '..');
const ARTIFACTS = join(WEB, 'target', 'e2e');
const JAR = process.env.ROBSON_JAR ?? join(REPO, 'robson-server', 'target', 'robson-server.jar');
const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
const DEMO = { username: 'demo', password: 'robson-demo' };
const ACME = { username: 'acme', password: 'robson-demo' };
const OPERATION_1 = { entry: '88837.92', stop: '87061.16', target: '92391.44' };

function freePort() {
  return new Promise((done, fail) => {
    const probe = createServer();
    probe.once('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => done(port));
    });
  });
}

function javaBinary() {
  const home = spawnSync(join(REPO, 'scripts', 'java-home'), { encoding: 'utf8' });
  if (home.status !== 0 || !home.stdout.trim()) {
    throw new Error(`scripts/java-home found no JDK >= 21: ${home.stderr}`);
  }
  return join(home.stdout.trim(), 'bin', 'java');
}

async function waitForHealth(base, server, timeoutMs = 120_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (server && server.exitCode !== null) {
      throw new Error(`the server exited with ${server.exitCode} before it was healthy (see target/e2e/server.log)`);
    }
    try {
      const response = await fetch(`${base}/actuator/health`);
      if (response.ok && (await response.json()).status === 'UP') {
        return;
      }
    } catch {
      // not listening yet
    }
    await new Promise((wait) => setTimeout(wait, 500));
  }
  throw new Error(`${base}/actuator/health was not UP within ${timeoutMs / 1000} s`);
}

/** Starts the demo server, or uses ROBSON_E2E_URL. Returns { base, stop, started }. */
export async function startDemoServer(logFile, extraArgs = []) {
  if (process.env.ROBSON_E2E_URL) {
    const base = process.env.ROBSON_E2E_URL.replace(/\/$/, '');
    await waitForHealth(base, null);
    return { base, stop: async () => {}, started: false };
  }
  if (!existsSync(JAR)) {
    throw new Error(`${JAR} is missing: build it first (make build, or mvn install -DskipTests)`);
  }
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), 'robson-e2e-'));
  const log = createWriteStream(logFile);
  const server = spawn(
    javaBinary(),
    ['-jar', JAR, '--spring.profiles.active=demo', `--server.port=${port}`, `--robson.data-dir=${dataDir}`, ...extraArgs],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  server.stdout.pipe(log);
  server.stderr.pipe(log);
  const base = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (server.exitCode === null) {
      const exited = new Promise((done) => server.once('exit', done));
      server.kill('SIGTERM');
      const timer = setTimeout(() => server.kill('SIGKILL'), 15_000);
      await exited;
      clearTimeout(timer);
    }
    rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    await waitForHealth(base, server);
  } catch (failure) {
    await stop();
    throw failure;
  }
  return { base, stop, started: true };
}

/** A headless Debian Chromium with a fresh profile. */
export async function launchBrowser(viewport = DESKTOP) {
  const profile = mkdtempSync(join(tmpdir(), 'robson-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport,
  });
  const close = async () => {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  };
  return { context, close };
}

export async function signIn(page, user) {
  await page.getByLabel('Username').fill(user.username);
  await page.getByLabel('Password').fill(user.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

async function apiToken(base, user) {
  const response = await fetch(`${base}/api/auth/token`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(user),
  });
  if (!response.ok) {
    throw new Error(`login of ${user.username} answered ${response.status}`);
  }
  return (await response.json()).access_token;
}

function assert(condition, message) {
  if (!condition) {
    throw new Error(message);
  }
}

/** Share of the chart's canvas pixels that are neither transparent nor white. */
async function inkedPixels(page) {
  return page.evaluate(() => {
    let inked = 0;
    let total = 0;
    for (const canvas of document.querySelectorAll('[data-testid="chart-canvas"] canvas')) {
      if (!canvas.width || !canvas.height) {
        continue;
      }
      const pixels = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
      for (let i = 0; i < pixels.length; i += 4) {
        total += 1;
        const blank = pixels[i + 3] === 0 || (pixels[i] > 250 && pixels[i + 1] > 250 && pixels[i + 2] > 250);
        if (!blank) {
          inked += 1;
        }
      }
    }
    return { inked, total };
  });
}

async function main() {
  mkdirSync(ARTIFACTS, { recursive: true });
  const results = [];
  let server;
  let browser;
  const violations = [];
  const pageErrors = [];
  try {
    // Access tokens live 1 s here (the server adds 30 s of clock skew), so the journeys also
    // cross a real expiry and the silent refresh behind it.
    server = await startDemoServer(join(ARTIFACTS, 'server.log'), ['--robson.auth.access-token-ttl=1s']);
    browser = await launchBrowser();
    const page = browser.context.pages()[0] ?? (await browser.context.newPage());
    page.on('console', (message) => {
      if (/Content Security Policy|Refused to/i.test(message.text())) {
        violations.push(message.text());
      }
    });
    page.on('pageerror', (error) => pageErrors.push(error.message));
    const refreshes = [];
    page.on('response', (response) => {
      if (response.url().endsWith('/api/auth/refresh')) {
        refreshes.push({ at: Date.now(), status: response.status() });
      }
    });
    const { base } = server;

    async function test(name, body) {
      const started = Date.now();
      try {
        const outcome = await body();
        const skipped = outcome?.skipped;
        results.push({ name, status: skipped ? 'skipped' : 'passed', note: skipped ?? '' });
        console.log(`${skipped ? '-' : '✓'} ${name}${skipped ? ` (skipped: ${skipped})` : ''} [${Date.now() - started} ms]`);
      } catch (failure) {
        results.push({ name, status: 'failed', note: failure.message });
        console.log(`✗ ${name}\n    ${failure.message.split('\n').join('\n    ')}`);
        await page.screenshot({ path: join(ARTIFACTS, `failure-${results.length}.png`), fullPage: true }).catch(() => {});
      }
    }

    await test('the login page is served at / with its security policy', async () => {
      const response = await page.goto(`${base}/`);
      const policy = response.headers()['content-security-policy'] ?? '';
      assert(policy.includes("script-src 'self'"), `Content-Security-Policy is "${policy}"`);
      await page.getByRole('button', { name: 'Sign in' }).waitFor({ timeout: 10_000 });
      await page.screenshot({ path: join(ARTIFACTS, 'login.png') });
    });

    await test('demo signs in and, without a click, sees Operation #1 with its numbers', async () => {
      await signIn(page, DEMO);
      const card = page.locator('[data-testid="position-card"][data-operation-id="1"]');
      await card.waitFor({ timeout: 10_000 });
      const text = await card.innerText();
      for (const expected of ['BTC/USDC', 'Operation #1', 'LONG', '0.00033 BTC', '$88,837.92', '$87,061.16', '$92,391.44']) {
        assert(text.includes(expected), `card lacks "${expected}":\n${text}`);
      }
      const current = await card.getByTestId('current-price').innerText();
      assert(/^\$\d{2,3},\d{3}\.\d{2}$/.test(current), `current price "${current}"`);
      const pnl = await card.getByTestId('pnl-badge').innerText();
      assert(/[+−]?\$\d+\.\d{2} \([+−]?\d+\.\d{2}%\)/.test(pnl), `P&L badge "${pnl}"`);
      const risk = await card.getByTestId('risk-at-stop').innerText();
      assert(/^−\$\d+\.\d{2}$/.test(risk), `risk at stop "${risk}"`);
      await page.getByTestId('portfolio-totals').waitFor();
      await page.getByTestId('badge-simulated').first().waitFor();
      await page.getByTestId('badge-paper').first().waitFor();
    });

    await test('the price changes within 5 s, with its direction and spread', async () => {
      const last = page.getByTestId('price-last');
      await last.waitFor({ timeout: 10_000 });
      const first = await last.innerText();
      assert(/^\$\d{2,3},\d{3}\.\d{2}$/.test(first), `price "${first}"`);
      const deadline = Date.now() + 5_000;
      let now = first;
      while (now === first && Date.now() < deadline) {
        await page.waitForTimeout(200);
        now = await last.innerText();
      }
      assert(now !== first, `the price stayed ${first} for 5 s`);
      const direction = await page.getByTestId('price-direction').getAttribute('data-direction');
      assert(direction === 'up' || direction === 'down', `direction "${direction}"`);
      const spread = await page.getByTestId('price-spread').innerText();
      assert(/^Spread \$\d+\.\d{2} \(\d+\.\d+%\)$/.test(spread), `spread "${spread}"`);
    });

    await test('the chart draws 7 days of 15m candles with entry, stop and target lines', async () => {
      const canvas = page.locator('[data-testid="chart-canvas"][data-price-lines]');
      await canvas.waitFor({ timeout: 15_000 });
      const candles = Number(await canvas.getAttribute('data-candles'));
      assert(candles >= 600 && candles <= 700, `${candles} candles`);
      const drawn = JSON.parse(await canvas.getAttribute('data-price-lines'));
      const byTitle = Object.fromEntries(drawn.map((line) => [line.title, line.price]));
      // Entry, stop and target once each; the planning overlay may add the symbol's supports.
      for (const title of ['Entry', 'Stop', 'Target']) {
        const lines = drawn.filter((line) => line.title === title).length;
        assert(lines === 1, `${lines} "${title}" lines: ${JSON.stringify(drawn)}`);
      }
      assert(byTitle.Entry === Number(OPERATION_1.entry), `entry line ${byTitle.Entry}`);
      assert(byTitle.Stop === Number(OPERATION_1.stop), `stop line ${byTitle.Stop}`);
      assert(byTitle.Target === Number(OPERATION_1.target), `target line ${byTitle.Target}`);
      const legend = await page.locator('[data-testid="price-lines"] li').evaluateAll((items) =>
        items.map((item) => ({ line: item.dataset.line, price: item.dataset.price, text: item.textContent })),
      );
      assert(['entry', 'stop', 'target'].every((line) => legend.some((item) => item.line === line)), `legend ${JSON.stringify(legend)}`);
      assert(legend.some((item) => item.line === 'stop' && item.text.includes('$87,061.16')), `legend ${JSON.stringify(legend)}`);
      await page.waitForTimeout(500);
      const { inked, total } = await inkedPixels(page);
      assert(total > 0 && inked / total > 0.02, `only ${inked} of ${total} chart pixels are drawn`);
      await page.screenshot({ path: join(ARTIFACTS, 'dashboard.png'), fullPage: true });
    });

    await test('the account panel shows the balance (when the server has the endpoint)', async () => {
      const token = await apiToken(base, DEMO);
      const probe = await fetch(`${base}/api/account/summary/`, { headers: { Authorization: `Bearer ${token}` } });
      if (probe.status !== 200) {
        return { skipped: `GET /api/account/summary/ answered ${probe.status}` };
      }
      const balance = page.getByTestId('account-balance');
      await balance.waitFor({ timeout: 10_000 });
      const text = await balance.innerText();
      assert(/^\$[\d,]+\.\d{2}$/.test(text), `balance "${text}"`);
      return undefined;
    });

    await test('a reload restores the session silently from the refresh cookie', async () => {
      await page.reload();
      await page.locator('[data-testid="position-card"][data-operation-id="1"]').waitFor({ timeout: 10_000 });
      const stored = await page.evaluate(() => JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }) + document.cookie);
      assert(!/eyJ|refresh/i.test(stored), `a token is readable by page scripts: ${stored}`);
    });

    await test('on a phone width nothing overflows sideways', async () => {
      await assertFitsAPhone(page, { artifacts: ARTIFACTS, shot: 'dashboard', what: 'the page', assert });
    });

    await cockpitJourneys({ page, base, test, assert, artifacts: ARTIFACTS, apiToken, demo: DEMO });

    await planningJourneys({ page, base, test, assert, artifacts: ARTIFACTS, apiToken, demo: DEMO });
    await pushJourneys({ page, base, test, assert, artifacts: ARTIFACTS, apiToken, demo: DEMO });
    // Last of the demo's journeys: it spends the demo account's USDC.
    await attentionJourneys({ page, base, test, assert, artifacts: ARTIFACTS, apiToken, demo: DEMO });

    await test('signing out returns to the login page, and a reload stays signed out', async () => {
      await page.getByRole('button', { name: 'Sign out' }).click();
      await page.getByRole('button', { name: 'Sign in' }).waitFor({ timeout: 10_000 });
      await page.getByTestId('login-notice').waitFor();
      await page.reload();
      await page.getByRole('button', { name: 'Sign in' }).waitFor({ timeout: 10_000 });
      assert((await page.locator('[data-testid="position-card"]').count()) === 0, 'positions still shown after sign-out');
    });

    await test('acme signs in and sees its own position, never BTCUSDC', async () => {
      await signIn(page, ACME);
      await page.locator('[data-testid="position-card"]').first().waitFor({ timeout: 10_000 });
      const symbols = await page.locator('[data-testid="position-card"]').evaluateAll((cards) => cards.map((card) => card.dataset.symbol));
      assert(!symbols.includes('BTCUSDC'), `acme sees ${symbols.join(', ')}`);
      assert(symbols.includes('ETHUSDC'), `acme sees ${symbols.join(', ')}`);
      await page.waitForTimeout(1500);
      await page.screenshot({ path: join(ARTIFACTS, 'dashboard-acme.png'), fullPage: true });
    });

    await test('an expired access token is refreshed silently, without leaving the dashboard', async () => {
      if (!server.started) {
        return { skipped: 'needs the e2e server with 1 s access tokens' };
      }
      const since = Date.now();
      const deadline = since + 45_000;
      while (!refreshes.some((refresh) => refresh.at >= since && refresh.status === 200) && Date.now() < deadline) {
        await page.waitForTimeout(500);
      }
      assert(refreshes.some((refresh) => refresh.at >= since && refresh.status === 200), `no refresh within 45 s: ${JSON.stringify(refreshes)}`);
      await page.waitForTimeout(6_000);
      assert((await page.getByLabel('Password').count()) === 0, 'the login page came back');
      await page.locator('[data-testid="position-card"][data-symbol="ETHUSDC"]').waitFor();
      const stale = await page.locator('[data-widget="positions"] [data-testid="stale-indicator"]').getAttribute('data-stale');
      assert(stale === 'false', 'the positions went stale after the refresh');
      return undefined;
    });

    await test('a session whose refresh cookie was used elsewhere ends with the reason on the login page', async () => {
      const cookie = (await browser.context.cookies()).find((candidate) => candidate.name === 'robson_refresh');
      assert(cookie && cookie.httpOnly && cookie.sameSite === 'Strict', `refresh cookie ${JSON.stringify(cookie)}`);
      // Someone replays the cookie: the server rotates it for them, so the browser's copy is spent.
      // A thief holding the cookie's value is no browser page: it sends the dashboard's header too.
      const stolen = await fetch(`${base}/api/auth/refresh`, {
        method: 'POST',
        headers: { Cookie: `robson_refresh=${cookie.value}`, 'X-Requested-With': 'robson-web' },
      });
      assert(stolen.status === 200, `replay answered ${stolen.status}`);
      await page.reload();
      const notice = page.getByTestId('login-notice');
      await notice.waitFor({ timeout: 10_000 });
      const text = await notice.innerText();
      assert(/revoked/.test(text), `notice "${text}"`);
      await page.screenshot({ path: join(ARTIFACTS, 'session-revoked.png') });
    });

    await test('no Content-Security-Policy violation and no script error on the way', async () => {
      assert(violations.length === 0, `violations:\n${violations.join('\n')}`);
      assert(pageErrors.length === 0, `page errors:\n${pageErrors.join('\n')}`);
    });
  } catch (failure) {
    results.push({ name: 'set-up', status: 'failed', note: failure.message });
    console.log(`✗ set-up: ${failure.message}`);
  } finally {
    await browser?.close().catch(() => {});
    await server?.stop().catch(() => {});
  }
  const passed = results.filter((result) => result.status === 'passed').length;
  const failed = results.filter((result) => result.status === 'failed').length;
  const skipped = results.filter((result) => result.status === 'skipped').length;
  console.log(`screenshots and server log: ${ARTIFACTS}`);
  console.log(`e2e: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
  process.exitCode = failed > 0 || passed === 0 ? 1 : 0;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await main();
}
