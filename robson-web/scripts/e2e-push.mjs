// Push end to end: the dashboard follows the WebSocket stream (the indicator says "live"), and
// with every price, positions and events poll cut off at the network a price move and a stop
// hit still reach the page: the new price, the "Stop hit" toast, the closed position gone.

async function quote(base, token, symbol) {
  const response = await fetch(`${base}/api/market/price/${symbol}/`, { headers: { Authorization: `Bearer ${token}` } });
  return response.json();
}

/** A price one tick above the ask (prices are on the 0.01 tick): fixture values, not money arithmetic. */
function tickAbove(price) {
  const [whole, cents = '00'] = String(price).split('.');
  const next = Number(whole) * 100 + Number(cents.padEnd(2, '0').slice(0, 2)) + 1;
  return `${Math.floor(next / 100)}.${String(next % 100).padStart(2, '0')}`;
}

function dollarsFrom(price, offset) {
  return `${Math.floor(Number(price)) + offset}.00`;
}

/** Runs with the demo tenant signed in on the dashboard. */
export async function pushJourneys({ page, base, test, assert, artifacts, apiToken, demo }) {
  await test('push: the dashboard follows the live stream', async () => {
    // The cockpit journeys leave the dashboard open: no reload (it would race the token refresh).
    const positions = page.locator('[data-widget="positions"] [data-testid="stale-indicator"][data-transport="live"]');
    await positions.waitFor({ timeout: 20_000 });
    const text = await positions.innerText();
    assert(text.startsWith('live ·'), `positions indicator "${text}"`);
  });

  await test('push: with polling cut off, a price move and a stop hit still reach the page', async () => {
    const token = await apiToken(base, demo);
    const now = await quote(base, token, 'BTCUSDC');
    // A SHORT: its close buys with the demo account's USDC.
    const tracked = await fetch(`${base}/api/operations/`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({
        symbol: 'BTCUSDC',
        side: 'SELL',
        quantity: '0.00010',
        entry_price: dollarsFrom(now.ask, 0),
        stop_loss: dollarsFrom(now.ask, 2000),
        take_profit: dollarsFrom(now.ask, -2000),
      }),
    });
    assert(tracked.status === 201 || tracked.status === 200, `tracking answered ${tracked.status}`);
    const number = (await tracked.json()).operation_id;
    const card = page.locator(`[data-testid="position-card"][data-operation-id="${number}"]`);
    await card.waitFor({ timeout: 15_000 });

    const polls = [];
    const cut = /\/api\/(market\/price|portfolio\/positions|events)\//;
    await page.route(cut, (route) => {
      polls.push(route.request().url());
      return route.abort();
    });
    try {
      const last = page.getByTestId('price-last');
      const first = await last.innerText();
      const deadline = Date.now() + 10_000;
      let seen = first;
      while (seen === first && Date.now() < deadline) {
        await page.waitForTimeout(200);
        seen = await last.innerText();
      }
      assert(seen !== first, `the price stayed ${first} for 10 s with polling cut off`);

      // The stop, moved to one tick above the ask again and again until the market crosses it.
      const toast = page.locator('.Toastify').getByText(new RegExp(`Stop hit: #${number} BTCUSDC closed`));
      const stopDeadline = Date.now() + 60_000;
      while ((await toast.count()) === 0 && Date.now() < stopDeadline) {
        const ask = (await quote(base, token, 'BTCUSDC')).ask;
        await fetch(`${base}/api/operations/${number}/`, {
          method: 'PATCH',
          headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
          body: JSON.stringify({ stop_loss: tickAbove(ask) }),
        });
        await toast.waitFor({ timeout: 3_000 }).catch(() => {});
      }
      assert((await toast.count()) > 0, `no "Stop hit" toast for #${number} within 60 s`);
      await card.waitFor({ state: 'detached', timeout: 10_000 });
      await page.screenshot({ path: `${artifacts}/push-stop-hit.png`, fullPage: true });
      const indicator = await page.locator('[data-widget="positions"] [data-testid="stale-indicator"]').getAttribute('data-transport');
      assert(indicator === 'live', `positions transport "${indicator}"`);
    } finally {
      await page.unroute(cut);
    }
    // Every poll that was tried was cut: what the page showed came over the stream.
    return undefined;
  });
}
