import { useState } from 'react';
import Button from 'react-bootstrap/Button';
import Card from 'react-bootstrap/Card';
import { TrackPositionForm } from './TrackPositionForm.jsx';

/** A button that opens the track form in place, so the dashboard stays uncluttered. */
export function TrackPositionPanel() {
  const [open, setOpen] = useState(false);
  return (
    <Card as="section" className="widget shadow-sm" aria-labelledby="track-title" data-widget="track">
      <Card.Header className="d-flex flex-wrap align-items-center gap-2">
        <h2 id="track-title" className="h6 mb-0 me-auto">
          Track a position
        </h2>
        {!open ? (
          <Button size="sm" onClick={() => setOpen(true)} aria-expanded={open} aria-controls="track-body">
            Track a position
          </Button>
        ) : null}
      </Card.Header>
      {open ? (
        <Card.Body id="track-body">
          <TrackPositionForm onDone={() => setOpen(false)} />
        </Card.Body>
      ) : null}
    </Card>
  );
}
