import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { position1 } from '../../../test/fixtures.js';
import { renderWithQueries } from '../../../test/render.jsx';
import { PositionActions } from './PositionActions.jsx';

describe('PositionActions', () => {
  it('offers details, a stop move and a close for an open position', () => {
    renderWithQueries(<PositionActions position={position1} />);
    expect(screen.getByRole('link', { name: 'Details of operation 1' })).toHaveAttribute('href', '/operations/1');
    expect(screen.getByRole('button', { name: 'Move stop/target' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Close now' })).toBeInTheDocument();
  });

  it('offers only the details while a close is under way', () => {
    renderWithQueries(<PositionActions position={{ ...position1, status: 'CLOSING' }} />);
    expect(screen.getByRole('link', { name: 'Details of operation 1' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Move stop/target' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Close now' })).not.toBeInTheDocument();
  });
});
