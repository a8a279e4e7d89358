// Entry planning end to end on the dashboard: the month's budget in view, a plan from the
// strategy and symbol selects (Activate Monitoring), its card with a live countdown, the
// supports and the plan's lines over the chart, then Confirm — one request with an
// Idempotency-Key — and the new position's card. Screenshots at desktop and phone widths.
import { join } from 'node:path';
import { assertFitsAPhone } from './e2e-viewports.mjs';

const MONEY = /^\$\d{1,3}(,\d{3})*\.\d{2}$/;

/** "$2,955.00" → 2955: the chart draws numbers, so its lines are compared as numbers. */
function plotted(money) {
  return Number(money.replace(/[$,]/g, ''));
}

async function heldSymbols(base, token) {
  const response = await fetch(`${base}/api/portfolio/positions/`, { headers: { Authorization: `Bearer ${token}` } });
  return new Set((await response.json()).positions.map((position) => position.symbol));
}

/** Runs with the demo tenant signed in on the dashboard. */
export async function planningJourneys({ page, base, test, assert, artifacts, apiToken, demo }) {
  const panel = page.locator('[data-widget="planning"]');
  let planned = null;
  let available = true;

  await test('planning: the month’s risk budget is in view, with strategies and symbols to choose', async () => {
    const token = await apiToken(base, demo);
    const probe = await fetch(`${base}/api/strategies/`, { headers: { Authorization: `Bearer ${token}` } });
    if (probe.status !== 200) {
      available = false;
      return { skipped: `GET /api/strategies/ answered ${probe.status}` };
    }
    await panel.waitFor({ timeout: 10_000 });
    const budget = panel.getByTestId('risk-budget');
    await budget.locator('[data-testid="budget-remaining"]').waitFor({ timeout: 10_000 });
    const remaining = await budget.getByTestId('budget-remaining').innerText();
    assert(/^\$[\d,]+\.\d{2} of \$[\d,]+\.\d{2}$/.test(remaining), `remaining "${remaining}"`);
    assert((await budget.getAttribute('data-status')) === 'ACTIVE', `budget ${await budget.getAttribute('data-status')}`);
    const strategies = await panel.getByLabel('Strategy').locator('option').allInnerTexts();
    assert(strategies.some((text) => text.startsWith('BTC Spot Manual')), `strategies ${strategies.join(' | ')}`);
    return undefined;
  });

  await test('planning: Activate Monitoring shows the plan’s card with stop, size, max loss and a live countdown', async () => {
    if (!available) {
      return { skipped: 'the server has no entry planning' };
    }
    const token = await apiToken(base, demo);
    const held = await heldSymbols(base, token);
    const symbolSelect = panel.getByLabel('Symbol');
    await symbolSelect.locator('option[value="BTCUSDC"]').waitFor({ state: 'attached', timeout: 10_000 });
    const offered = await symbolSelect.locator('option').evaluateAll((options) => options.map((option) => option.value));
    const free = offered.filter((symbol) => !held.has(symbol));
    const symbol = free.includes('ETHUSDC') ? 'ETHUSDC' : free[0];
    assert(symbol, `every symbol offered is held: ${offered.join(', ')}`);
    await symbolSelect.selectOption(symbol);
    // The chart follows the symbol being planned.
    await page.getByRole('heading', { name: new RegExp(`Chart · ${symbol}`) }).waitFor({ timeout: 10_000 });

    await panel.getByRole('button', { name: 'Activate Monitoring' }).click();
    const card = panel.getByTestId('plan-card');
    const refusal = panel.locator('[data-testid="planning-refusal"]');
    await Promise.race([card.waitFor({ timeout: 15_000 }), refusal.waitFor({ timeout: 15_000 })]);
    assert(await card.isVisible(), `the plan was refused: ${await refusal.innerText().catch(() => '?')}`);
    assert((await card.getAttribute('data-status')) === 'PLANNED', `status ${await card.getAttribute('data-status')}`);
    const figures = {};
    for (const name of ['entry', 'stop', 'target', 'size', 'max-loss']) {
      figures[name] = (await card.getByTestId(`plan-${name}`).innerText()).split('\n');
    }
    assert(MONEY.test(figures.entry[0]) && /^buy at up to \$[\d,]+\.\d+$/.test(figures.entry[1]), `entry ${figures.entry}`);
    assert(MONEY.test(figures.stop[0]) && /^\d+(\.\d+)?% below entry$/.test(figures.stop[1]), `stop ${figures.stop}`);
    assert(MONEY.test(figures.target[0]), `target ${figures.target}`);
    assert(/^\d+(\.\d+)? [A-Z0-9]+$/.test(figures.size[0]) && MONEY.test(figures.size[1]), `size ${figures.size}`);
    assert(MONEY.test(figures['max-loss'][0]) && /^\d+(\.\d+)?% of capital$/.test(figures['max-loss'][1]), `max loss ${figures['max-loss']}`);
    assert(plotted(figures.stop[0]) < plotted(figures.entry[0]) && plotted(figures.entry[0]) < plotted(figures.target[0]), `stop, entry, target ${JSON.stringify(figures)}`);
    await card.getByTestId('plan-method').waitFor();
    await card.getByTestId('plan-confidence').waitFor();

    const countdown = card.getByTestId('plan-countdown');
    const first = Number(await countdown.getAttribute('data-seconds'));
    await page.waitForTimeout(2_200);
    const later = Number(await countdown.getAttribute('data-seconds'));
    assert(first > 0 && first <= 120, `countdown starts at ${first} s`);
    assert(later < first && later > 0, `countdown ${first} s then ${later} s`);
    assert(/^\d:\d{2}$/.test(await card.getByRole('timer').innerText()), `timer "${await card.getByRole('timer').innerText()}"`);
    assert((await countdown.getByTestId('plan-countdown-announcement').getAttribute('aria-live')) === 'polite', 'the countdown is not announced politely');
    planned = { symbol, stop: figures.stop[0], entry: figures.entry[0], target: figures.target[0], id: await card.getAttribute('data-operation-id') };
    await page.screenshot({ path: join(artifacts, 'planning-card.png'), fullPage: true });
    return undefined;
  });

  await test('planning: the chart overlays the supports, the chosen one, and the plan’s entry, stop and target', async () => {
    if (!planned) {
      return { skipped: 'no plan' };
    }
    const canvas = page.locator('[data-testid="chart-canvas"][data-price-lines]');
    await page.waitForFunction(
      () => JSON.parse(document.querySelector('[data-testid="chart-canvas"]')?.dataset.priceLines ?? '[]').some((line) => line.title === 'Plan stop'),
      null,
      { timeout: 15_000 },
    );
    const drawn = JSON.parse(await canvas.getAttribute('data-price-lines'));
    const byTitle = Object.fromEntries(drawn.map((line) => [line.title, line.price]));
    assert(byTitle['Plan stop'] === plotted(planned.stop), `plan stop line ${byTitle['Plan stop']} for ${planned.stop}`);
    assert(byTitle['Plan entry'] === plotted(planned.entry), `plan entry line ${byTitle['Plan entry']} for ${planned.entry}`);
    assert(byTitle['Plan target'] === plotted(planned.target), `plan target line ${byTitle['Plan target']} for ${planned.target}`);
    assert(drawn.some((line) => /^L\d+$/.test(line.title)) || drawn.some((line) => /support$/.test(line.title)), `no support line: ${JSON.stringify(drawn)}`);
    assert(drawn.some((line) => /^L\d+ support$/.test(line.title) || line.title === 'Chosen level'), `no chosen level: ${JSON.stringify(drawn)}`);
    const legend = await page.locator('[data-testid="price-lines"] li').evaluateAll((items) => items.map((item) => item.dataset.line));
    assert(legend.includes('chosen') && legend.includes('stop') && legend.includes('target'), `legend ${legend.join(',')}`);
    await page.screenshot({ path: join(artifacts, 'planning-chart.png'), fullPage: true });
    return undefined;
  });

  await test('planning: a reload restores the waiting plan’s card with what is left of its countdown', async () => {
    if (!planned) {
      return { skipped: 'no plan' };
    }
    const before = Number(await panel.getByTestId('plan-countdown').getAttribute('data-seconds'));
    await page.reload();
    const card = panel.getByTestId('plan-card');
    await card.waitFor({ timeout: 15_000 });
    assert((await card.getAttribute('data-operation-id')) === planned.id, `restored plan ${await card.getAttribute('data-operation-id')}, not ${planned.id}`);
    assert((await card.getAttribute('data-status')) === 'PLANNED', `status ${await card.getAttribute('data-status')}`);
    const after = Number(await card.getByTestId('plan-countdown').getAttribute('data-seconds'));
    assert(after > 0 && after <= before, `countdown ${before} s before the reload, ${after} s after`);
    return undefined;
  });

  await test('planning: Confirm sends one request with an Idempotency-Key and the new position’s card appears', async () => {
    if (!planned) {
      return { skipped: 'no plan' };
    }
    const confirmations = [];
    const watch = (request) => {
      if (request.method() === 'POST' && /\/api\/operations\/\d+\/confirm\/$/.test(request.url())) {
        confirmations.push(request.headers()['idempotency-key']);
      }
    };
    page.on('request', watch);
    try {
      const card = panel.getByTestId('plan-card');
      await card.getByRole('button', { name: /^Confirm: buy / }).click();
      const outcome = card.getByTestId('plan-outcome');
      const refusal = card.locator('[data-testid="plan-refusal"]');
      await Promise.race([outcome.waitFor({ timeout: 15_000 }), refusal.waitFor({ timeout: 15_000 })]);
      assert(await outcome.isVisible(), `the confirmation was refused: ${await refusal.innerText().catch(() => '?')}`);
      const text = await outcome.innerText();
      assert(new RegExp(`^Bought .* operation #${planned.id} is guarded`).test(text), `outcome "${text}"`);
      await page.locator(`[data-testid="position-card"][data-operation-id="${planned.id}"]`).waitFor({ timeout: 15_000 });
      const positionText = await page.locator(`[data-testid="position-card"][data-operation-id="${planned.id}"]`).innerText();
      assert(positionText.includes(planned.stop), `the position's stop is not the plan's ${planned.stop}:\n${positionText}`);
      assert(confirmations.length === 1, `${confirmations.length} confirmations sent`);
      assert(/^[A-Za-z0-9_-]{1,64}$/.test(confirmations[0] ?? ''), `Idempotency-Key "${confirmations[0]}"`);
      await page.screenshot({ path: join(artifacts, 'planning-confirmed.png'), fullPage: true });
    } finally {
      page.off('request', watch);
    }
    await assertFitsAPhone(page, { artifacts, shot: 'planning', what: 'the dashboard', assert });
    return undefined;
  });
}
