/**
 * Which candles show an operation's life: an interval that gives the life a few dozen candles,
 * enough days of history to reach its entry (the server serves at most 30), and the visible
 * range from a little before the entry to a little after the exit (or now).
 */
const DAY = 86_400;
const MAX_DAYS = 30;
const CHOICES = [
  { interval: '15m', seconds: 900, upTo: 2 * DAY },
  { interval: '1h', seconds: 3_600, upTo: 8 * DAY },
  { interval: '4h', seconds: 14_400, upTo: Infinity },
];

export function chartWindow(openedAt, closedAt, nowSeconds) {
  const opened = Math.floor(new Date(openedAt).getTime() / 1000);
  const ended = closedAt ? Math.floor(new Date(closedAt).getTime() / 1000) : nowSeconds;
  const life = Math.max(ended - opened, 60);
  const choice = CHOICES.find((candidate) => life <= candidate.upTo);
  const margin = Math.max(life * 0.15, choice.seconds * 8);
  const reach = nowSeconds - (opened - margin);
  const days = Math.min(MAX_DAYS, Math.max(1, Math.ceil(reach / DAY)));
  return {
    interval: choice.interval,
    candleSeconds: choice.seconds,
    days,
    from: opened - margin,
    to: Math.min(nowSeconds, ended + margin),
    opened,
    ended: closedAt ? ended : null,
    // Older than the candles the server serves: the entry mark cannot be drawn.
    entryOutOfReach: nowSeconds - opened > MAX_DAYS * DAY,
  };
}

/** The open time of the candle an instant falls in: markers sit on a candle. */
export function candleTimeOf(seconds, candleSeconds) {
  return Math.floor(seconds / candleSeconds) * candleSeconds;
}
