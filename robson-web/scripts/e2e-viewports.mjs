// The two widths the journeys look at, and the check that a page fits a phone.
import { join } from 'node:path';

export const PHONE = { width: 390, height: 844 };
export const DESKTOP = { width: 1366, height: 900 };

/** How many px the page at `viewport` is wider than it; past 0, with the widest culprit named. */
export async function overflowAt(page, viewport) {
  await page.setViewportSize(viewport);
  await page.waitForTimeout(400);
  return page.evaluate(() => {
    const overflow = document.documentElement.scrollWidth - window.innerWidth;
    if (overflow <= 0) {
      return overflow;
    }
    // Name the widest culprit, so a failure says where to look.
    const wide = [...document.querySelectorAll('body *')].filter((element) => element.getBoundingClientRect().right > window.innerWidth + 1);
    const culprit = wide.at(-1);
    return `${overflow} (${culprit?.tagName.toLowerCase()}.${[...(culprit?.classList ?? [])].join('.')} ${culprit?.dataset.testid ?? ''})`;
  });
}

/**
 * The page at phone width: a full-page screenshot `<shot>-phone.png` in `artifacts`, then back
 * to desktop width; fails when `what` (e.g. 'the history page') was wider than the phone.
 */
export async function assertFitsAPhone(page, { artifacts, shot, what, assert }) {
  const overflow = await overflowAt(page, PHONE);
  await page.screenshot({ path: join(artifacts, `${shot}-phone.png`), fullPage: true });
  await page.setViewportSize(DESKTOP);
  assert(!(overflow > 0) && typeof overflow === 'number', `${what} is ${overflow} px wider than a phone`);
}
