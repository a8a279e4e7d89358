// A close that cannot finish, end to end: a paper SHORT whose buy-back the demo account's USDC
// cannot pay for in full stays CLOSING with the reason; the dashboard shows it as a red banner on
// the card, the trader records from the banner that the rest was bought back outside Robson, and
// the banner (and the closed card) goes.

async function quote(base, token, symbol) {
  const response = await fetch(`${base}/api/market/price/${symbol}/`, { headers: { Authorization: `Bearer ${token}` } });
  return response.json();
}

/** Whole dollars around a price, on the 0.01 tick: fixture values for a request, not money arithmetic. */
function dollarsFrom(price, offset) {
  return `${Math.floor(Number(price)) + offset}.00`;
}

async function call(base, token, method, path, body) {
  const response = await fetch(`${base}${path}`, {
    method,
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: response.status, json: await response.json().catch(() => null) };
}

/** Runs with the demo tenant signed in on the dashboard; leaves the demo's USDC spent (run it last). */
export async function attentionJourneys({ page, base, test, assert, artifacts, apiToken, demo }) {
  await test('attention: a close the account cannot pay for shows a red banner with the reason; resolving it from the banner clears it', async () => {
    const token = await apiToken(base, demo);
    const now = await quote(base, token, 'BTCUSDC');
    // The paper ledger is real: 0.02 BTC booked at a tracked entry of 1.00 USDC (the entry is
    // the trader's word), then sold short at 1.00. Buying 0.02 BTC back at the ask (about
    // 89,000 USDC each) needs far more than the demo's 1,000 USDC.
    const long = await call(base, token, 'POST', '/api/operations/', {
      symbol: 'BTCUSDC', side: 'BUY', quantity: '0.02000', entry_price: '1.00',
      stop_loss: dollarsFrom(now.bid, -20000), take_profit: dollarsFrom(now.ask, 20000),
    });
    assert(long.status === 201, `tracking the long answered ${long.status}: ${JSON.stringify(long.json)}`);
    const short = await call(base, token, 'POST', '/api/operations/', {
      symbol: 'BTCUSDC', side: 'SELL', quantity: '0.02000', entry_price: '1.00',
      stop_loss: dollarsFrom(now.ask, 20000), take_profit: dollarsFrom(now.bid, -20000),
    });
    assert(short.status === 201, `tracking the short answered ${short.status}: ${JSON.stringify(short.json)}`);
    const number = short.json.operation_id;

    const closing = await call(base, token, 'POST', `/api/operations/${number}/close/`);
    assert(closing.status === 200, `close answered ${closing.status}`);
    assert(closing.json.status === 'CLOSING', `close left it ${closing.json.status}`);
    assert(/cannot be bought back/.test(closing.json.attention ?? ''), `attention "${closing.json.attention}"`);

    // The dashboard follows by itself (stream or poll): no reload.
    const card = page.locator(`[data-testid="position-card"][data-operation-id="${number}"]`);
    const banner = card.getByTestId('close-attention');
    await banner.waitFor({ timeout: 20_000 });
    const text = await banner.innerText();
    assert(/Closing has not finished/.test(text), `banner heading "${text}"`);
    assert(/cannot be bought back: the account's free [\d.]+ USDC/.test(text), `banner reason "${text}"`);
    const color = await banner.evaluate((element) => getComputedStyle(element).backgroundColor);
    const [red, green] = color.match(/\d+/g).map(Number);
    assert(red > green, `the banner is not red: ${color}`);
    await page.screenshot({ path: `${artifacts}/attention-banner.png`, fullPage: true });

    // What is still owed, as the server says it, bought back "by hand" at the ask.
    const owed = (await call(base, token, 'GET', `/api/operations/${number}/`)).json.quantity;
    const ask = (await quote(base, token, 'BTCUSDC')).ask;
    await banner.getByRole('button', { name: 'Closed outside Robson…' }).click();
    const form = banner.getByRole('form', { name: `Closed outside: operation ${number}` });
    await form.getByLabel('Quantity sold').fill(owed);
    await form.getByLabel('Average price').fill(ask);
    await form.getByRole('button', { name: 'Record the close' }).click();

    await card.waitFor({ state: 'detached', timeout: 20_000 });
    const closed = await call(base, token, 'GET', `/api/operations/${number}/`);
    assert(closed.json.status === 'CLOSED', `after resolving it is ${closed.json.status}`);
    assert(closed.json.attention == null, `attention stayed "${closed.json.attention}"`);
    assert((await page.getByTestId('close-attention').count()) === 0, 'a banner is still shown');
    await page.screenshot({ path: `${artifacts}/attention-resolved.png`, fullPage: true });
  });
}
