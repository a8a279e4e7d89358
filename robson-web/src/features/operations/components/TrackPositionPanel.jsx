import { useState } from 'react';
import Button from 'react-bootstrap/Button';
import Card from 'react-bootstrap/Card';
import { PanelCard } from '../../../components/PanelCard.jsx';
import { TrackPositionForm } from './TrackPositionForm.jsx';

/** A button that opens the track form in place, so the dashboard stays uncluttered. */
export function TrackPositionPanel() {
  const [open, setOpen] = useState(false);
  return (
    <PanelCard
      title="Track a position"
      name="track"
      header={
        !open ? (
          <Button size="sm" onClick={() => setOpen(true)} aria-expanded={open} aria-controls="track-body">
            Track a position
          </Button>
        ) : null
      }
    >
      {open ? (
        <Card.Body id="track-body">
          <TrackPositionForm onDone={() => setOpen(false)} />
        </Card.Body>
      ) : null}
    </PanelCard>
  );
}
