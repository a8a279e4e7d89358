// The trader's cockpit end to end: track, move the stop (a refused move shows the server's
// words), close with confirmation, the operation page from a card and from the history, the
// history filters, the CSV download and the statistics; screenshots at desktop and phone widths.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DESKTOP, assertFitsAPhone } from './e2e-viewports.mjs';


/** Whole dollars around a price, on the 0.01 tick: fixture values for a form, not money arithmetic. */
function dollarsFrom(price, offset) {
  return `${Math.floor(Number(price)) + offset}.00`;
}

async function bidOf(base, token, symbol) {
  const response = await fetch(`${base}/api/market/price/${symbol}/`, { headers: { Authorization: `Bearer ${token}` } });
  return (await response.json()).bid;
}

/** Runs with the demo tenant signed in on the dashboard. */
export async function cockpitJourneys({ page, base, test, assert, artifacts, apiToken, demo }) {
  let tracked = null;

  await test('cockpit: a refused track shows the server’s message under the field, then a good one adds a card', async () => {
    const token = await apiToken(base, demo);
    const bid = await bidOf(base, token, 'BTCUSDC');
    await page.getByRole('button', { name: 'Track a position' }).click();
    const form = page.getByTestId('track-form');
    await form.getByLabel('Symbol').fill('BTCUSDC');
    await form.getByLabel('Quantity').fill('0.00050');
    await form.getByLabel('Entry price').fill(dollarsFrom(bid, 0));
    await form.getByLabel('Stop', { exact: true }).fill(dollarsFrom(bid, 5000));
    await form.getByLabel('Target').fill(dollarsFrom(bid, 3000));
    await form.getByRole('button', { name: 'Track position' }).click();
    const stopError = page.locator('#track-stop_loss-error');
    await stopError.waitFor({ timeout: 10_000 });
    const message = await stopError.innerText();
    assert(/stop_loss .* must be below/.test(message), `stop message "${message}"`);
    assert((await form.getByLabel('Stop', { exact: true }).getAttribute('aria-invalid')) === 'true', 'stop not marked invalid');
    await form.getByLabel('Stop', { exact: true }).fill(dollarsFrom(bid, -3000));
    await form.getByRole('button', { name: 'Track position' }).click();
    const toast = page.locator('.Toastify').getByText(/Operation #\d+ is tracked/);
    await toast.waitFor({ timeout: 10_000 });
    tracked = Number(/#(\d+)/.exec(await toast.innerText())[1]);
    await page.locator(`[data-testid="position-card"][data-operation-id="${tracked}"]`).waitFor({ timeout: 10_000 });
  });

  await test('cockpit: moving the stop above the bid is refused with the server’s words; a good move shows its risk and saves', async () => {
    assert(tracked, 'no tracked operation');
    const card = page.locator(`[data-testid="position-card"][data-operation-id="${tracked}"]`);
    const token = await apiToken(base, demo);
    const bid = await bidOf(base, token, 'BTCUSDC');
    await card.getByRole('button', { name: 'Move stop/target' }).click();
    const form = card.getByTestId('move-form');
    await form.getByLabel('New stop').fill(dollarsFrom(bid, 2000));
    await form.getByRole('button', { name: 'Check' }).click();
    const error = form.locator(`#move-${tracked}-stop_loss-error`);
    await error.waitFor({ timeout: 10_000 });
    const refused = await error.innerText();
    assert(/stop_loss .* must be below the current bid/.test(refused), `refusal "${refused}"`);
    await page.screenshot({ path: join(artifacts, 'move-refused.png') });
    const newStop = dollarsFrom(bid, -1000);
    await form.getByLabel('New stop').fill(newStop);
    await form.getByRole('button', { name: 'Check' }).click();
    const preview = form.getByTestId('move-preview');
    await preview.waitFor({ timeout: 10_000 });
    const risk = await form.getByTestId('preview-risk').innerText();
    assert(/^[+−]\$\d+\.\d{2}$/.test(risk), `preview risk "${risk}"`);
    await form.getByRole('button', { name: 'Save' }).click();
    await page.locator('.Toastify').getByText(`Operation #${tracked}: stop`).waitFor({ timeout: 10_000 });
    // The card is read again at once after the save: its stop follows within one answer.
    const shown = `$${Number(newStop).toLocaleString('en-US', { minimumFractionDigits: 2 })}`;
    await card.getByTestId('stop-loss').filter({ hasText: shown }).waitFor({ timeout: 5_000 });
  });

  await test('cockpit: closing asks first with the expected fill and P&L, Escape keeps it open, confirming closes', async () => {
    assert(tracked, 'no tracked operation');
    const card = page.locator(`[data-testid="position-card"][data-operation-id="${tracked}"]`);
    await card.getByRole('button', { name: 'Close now' }).click();
    const dialog = page.getByRole('dialog', { name: `Close operation #${tracked} now?` });
    await dialog.waitFor({ timeout: 5_000 });
    const fill = await dialog.getByTestId('expected-fill').innerText();
    const pnl = await dialog.getByTestId('expected-pnl').innerText();
    assert(/^\$\d{2,3},\d{3}\.\d{2}$/.test(fill), `expected fill "${fill}"`);
    assert(/^[+−]?\$\d+\.\d{2}$/.test(pnl), `expected P&L "${pnl}"`);
    await page.screenshot({ path: join(artifacts, 'close-confirmation.png') });
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden', timeout: 5_000 });
    assert(await card.isVisible(), 'Escape closed the position');
    await card.getByRole('button', { name: 'Close now' }).click();
    await dialog.getByRole('button', { name: 'Close now' }).click();
    await page.locator('.Toastify').getByText(new RegExp(`Operation #${tracked} closed, realized`)).waitFor({ timeout: 10_000 });
    await card.waitFor({ state: 'detached', timeout: 10_000 });
  });

  await test('cockpit: the operation page opens from a card, survives a reload, and shows fields, timeline and chart', async () => {
    const card = page.locator('[data-testid="position-card"][data-operation-id="1"]');
    await card.getByRole('link', { name: 'Details of operation 1' }).click();
    await page.waitForURL(/\/operations\/1$/);
    await page.getByTestId('operation-fields').waitFor({ timeout: 10_000 });
    await page.reload();
    const fields = page.getByTestId('operation-fields');
    await fields.waitFor({ timeout: 10_000 });
    const text = await fields.innerText();
    for (const expected of ['ACTIVE', '$88,837.92', '$87,061.16', '$92,391.44']) {
      assert(text.includes(expected), `fields lack "${expected}":\n${text}`);
    }
    await page.getByTestId('operation-orders').waitFor();
    assert((await page.getByTestId('order-row').count()) >= 1, 'no order row');
    await page.locator('[data-testid="operation-chart"][data-candles]').waitFor({ timeout: 15_000 });
    await page.screenshot({ path: join(artifacts, 'operation.png'), fullPage: true });
    await assertFitsAPhone(page, { artifacts, shot: 'operation', what: 'the operation page', assert });
  });

  await test('cockpit: history lists the closed operation, its filters narrow the list and the address keeps them', async () => {
    assert(tracked, 'no closed operation');
    await page.getByRole('navigation', { name: 'Pages' }).getByRole('link', { name: 'History' }).click();
    await page.waitForURL(/\/history$/);
    await page.locator(`[data-testid="history-row"]`).first().waitFor({ timeout: 10_000 });
    const filters = page.getByTestId('history-filters');
    await filters.getByLabel('Reason').selectOption('STOP_LOSS');
    await filters.getByRole('button', { name: 'Apply' }).click();
    await page.getByTestId('no-history').waitFor({ timeout: 10_000 });
    await filters.getByLabel('Reason').selectOption('MANUAL');
    await filters.getByLabel('Symbol').fill('btcusdc');
    await filters.getByRole('button', { name: 'Apply' }).click();
    await page.waitForURL(/reason=MANUAL/);
    assert(/symbol=BTCUSDC/.test(page.url()), `address ${page.url()}`);
    const row = page.locator(`[data-testid="history-row"]`).first();
    await row.waitFor({ timeout: 10_000 });
    const rowText = await row.innerText();
    assert(rowText.includes(String(tracked)) && rowText.includes('Closed by hand'), `row "${rowText}"`);
    await page.reload();
    await page.locator('[data-testid="history-row"]').first().waitFor({ timeout: 10_000 });
    assert((await page.getByTestId('history-filters').getByLabel('Reason').inputValue()) === 'MANUAL', 'reason filter lost on reload');
  });

  await test('cockpit: the CSV download holds the server’s exact strings', async () => {
    assert(tracked, 'no closed operation');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download CSV' }).click()]);
    const path = await download.path();
    const lines = readFileSync(path, 'utf8').trim().split('\r\n');
    assert(lines[0].startsWith('operation_id,symbol,direction,quantity,entry_price,exit_price,realized_pnl'), `header "${lines[0]}"`);
    const mine = lines.find((line) => line.startsWith(`${tracked},BTCUSDC,LONG,0.00050,`));
    assert(mine && mine.includes(',MANUAL,'), `no row of operation ${tracked}:\n${lines.join('\n')}`);
    assert(/^robson-history.*\.csv$/.test(download.suggestedFilename()), `file name ${download.suggestedFilename()}`);
  });

  await test('cockpit: statistics and their charts are rendered for the period', async () => {
    const usdc = page.locator('[data-testid="performance-figures"][data-quote-asset="USDC"]');
    await usdc.waitFor({ timeout: 10_000 });
    const trades = await usdc.locator('[data-figure="trades"]').innerText();
    assert(/^\d+ \(\d+ won, \d+ lost\)$/.test(trades), `trades "${trades}"`);
    const rate = await usdc.locator('[data-figure="win_rate_percent"]').innerText();
    assert(/^\d+\.\d{2}%$/.test(rate), `win rate "${rate}"`);
    await page.locator('[data-testid="daily-chart"] canvas').first().waitFor({ timeout: 10_000 });
    await page.locator('[data-testid="equity-chart"] canvas').first().waitFor();
    await page.screenshot({ path: join(artifacts, 'history.png'), fullPage: true });
    await assertFitsAPhone(page, { artifacts, shot: 'history', what: 'the history page', assert });
  });

  await test('cockpit: the operation page opens from the history with its orders, timeline and exit mark', async () => {
    assert(tracked, 'no closed operation');
    await page.getByRole('link', { name: `Operation ${tracked}`, exact: true }).click();
    await page.waitForURL(new RegExp(`/operations/${tracked}$`));
    await page.getByTestId('operation-status').filter({ hasText: 'CLOSED' }).waitFor({ timeout: 10_000 });
    const purposes = await page.getByTestId('order-row').evaluateAll((rows) => rows.map((row) => row.dataset.purpose));
    assert(purposes.join(',') === 'ENTRY,EXIT', `orders ${purposes.join(',')}`);
    const events = await page.locator('[data-testid="operation-timeline"] li').evaluateAll((items) => items.map((item) => item.dataset.event));
    assert(events.includes('CLOSING') && events.includes('CLOSED'), `events ${events.join(',')}`);
    const chart = page.locator('[data-testid="operation-chart"][data-markers]');
    await chart.waitFor({ timeout: 15_000 });
    const marks = JSON.parse(await chart.getAttribute('data-markers'));
    assert(marks.some((mark) => mark.text.startsWith('Entry')) && marks.some((mark) => mark.text.startsWith('Exit')), `marks ${JSON.stringify(marks)}`);
    await page.screenshot({ path: join(artifacts, 'operation-closed.png'), fullPage: true });
    await page.getByRole('navigation', { name: 'Pages' }).getByRole('link', { name: 'Dashboard' }).click();
    await page.locator('[data-testid="position-card"][data-operation-id="1"]').waitFor({ timeout: 10_000 });
  });

  // Whatever happened above, the journeys after these start from the dashboard.
  await page.setViewportSize(DESKTOP);
  await page.goto(`${base}/`);
}
