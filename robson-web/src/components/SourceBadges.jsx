import Badge from 'react-bootstrap/Badge';

const EXPLANATIONS = {
  SIMULATED: 'Prices come from a simulated market, not the exchange.',
  PAPER: 'Paper trading: orders are simulated fills, no real money moves.',
};

/** SIMULATED / PAPER labels, shown wherever the server says the figures are not live money. */
export function SourceBadges({ priceSource, tradingMode }) {
  const labels = [];
  if (priceSource === 'SIMULATED') {
    labels.push('SIMULATED');
  }
  if (tradingMode === 'PAPER') {
    labels.push('PAPER');
  }
  return labels.map((label) => (
    <Badge
      key={label}
      bg={label === 'PAPER' ? 'info' : 'secondary'}
      text={label === 'PAPER' ? 'dark' : undefined}
      title={EXPLANATIONS[label]}
      data-testid={`badge-${label.toLowerCase()}`}
    >
      {label}
      <span className="visually-hidden">: {EXPLANATIONS[label]}</span>
    </Badge>
  ));
}
