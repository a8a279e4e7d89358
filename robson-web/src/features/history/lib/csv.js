/**
 * The history as CSV, one row per closed operation, every amount exactly the server's string
 * (no formatting, no arithmetic), so a spreadsheet gets the same decimals the API sent.
 */
export const CSV_COLUMNS = [
  'operation_id', 'symbol', 'direction', 'quantity', 'entry_price', 'exit_price', 'realized_pnl',
  'realized_pnl_net', 'fees', 'quote_asset', 'close_reason', 'opened_at', 'closed_at', 'duration_seconds',
];

function cell(value) {
  const text = value == null ? '' : String(value);
  // Quote what would break the row, and neutralise a leading formula sign (CSV injection).
  const safe = /^[=+\-@]/.test(text) && !/^-?\d/.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function historyCsv(trades) {
  const lines = [CSV_COLUMNS.join(',')];
  for (const trade of trades) {
    lines.push(CSV_COLUMNS.map((column) => cell(trade[column])).join(','));
  }
  return `${lines.join('\r\n')}\r\n`;
}

export function csvFileName({ from, to }) {
  return `robson-history${from ? `-from-${from}` : ''}${to ? `-to-${to}` : ''}.csv`;
}

/** Hands the file to the browser as a download. */
export function downloadCsv(text, fileName) {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
