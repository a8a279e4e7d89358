/**
 * One figure of a figures list (`<dl className="position-figures">`): its label, then its
 * value. What else the value carries (a `data-testid`, a `data-figure`) is passed on to it.
 */
export function Figure({ term, children, ...value }) {
  return (
    <div className="position-figure">
      <dt>{term}</dt>
      <dd {...value}>{children}</dd>
    </div>
  );
}
