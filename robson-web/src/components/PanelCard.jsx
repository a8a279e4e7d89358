import Card from 'react-bootstrap/Card';
import { useId } from 'react';

/**
 * The card every dashboard panel sits in: a section named by its heading, with what the panel
 * adds to the header (badges, freshness, a button) after the title. The body is the panel's.
 */
export function PanelCard({ title, name, header = null, className = '', state, children }) {
  const headingId = useId();
  return (
    <Card as="section" className={`widget shadow-sm ${className}`} aria-labelledby={headingId} data-widget={name} data-state={state}>
      <Card.Header className="d-flex flex-wrap align-items-center gap-2">
        <h2 id={headingId} className="h6 mb-0 me-auto">
          {title}
        </h2>
        {header}
      </Card.Header>
      {children}
    </Card>
  );
}
