import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { FeesByAsset } from './FeesByAsset.jsx';

describe('FeesByAsset', () => {
  it('shows a BNB fee in BNB with its quote value, and a quote fee as money', () => {
    render(
      <FeesByAsset
        quoteAsset="USDC"
        fees={[
          { asset: 'BNB', amount: '0.00003681', quote_value: '0.02' },
          { asset: 'USDC', amount: '0.02785957', quote_value: '0.03' },
        ]}
      />,
    );
    const items = screen.getAllByRole('listitem');
    expect(items[0]).toHaveTextContent('0.00003681 BNB ($0.02)');
    expect(items[1]).toHaveTextContent('$0.02785957');
  });

  it('says so when a fee could not be valued, and shows nothing without fees', () => {
    const { rerender, container } = render(
      <FeesByAsset quoteAsset="USDC" fees={[{ asset: 'XYZ', amount: '3', quote_value: null }]} />,
    );
    expect(screen.getByRole('listitem')).toHaveTextContent('3 XYZ (not valued)');
    rerender(<FeesByAsset quoteAsset="USDC" fees={[]} />);
    expect(container).toBeEmptyDOMElement();
  });
});
