import { useEffect, useMemo, useRef } from 'react';
import { useSearchParams } from 'react-router';
import { ErrorBoundary } from '../../../components/ErrorBoundary.jsx';
import { AppHeader } from '../../../app/AppHeader.jsx';
import { useDaily, useHistory, usePerformance } from '../api/get-history.js';
import { HistoryFilters } from './HistoryFilters.jsx';
import { HistoryTable } from './HistoryTable.jsx';
import { PerformancePanel } from './PerformancePanel.jsx';

const FILTERS = ['symbol', 'reason', 'from', 'to'];

/** Review: statistics over the period and the closed operations, filters kept in the address. */
export default function HistoryPage() {
  const heading = useRef(null);
  const [search, setSearch] = useSearchParams();
  const filters = useMemo(() => Object.fromEntries(FILTERS.map((name) => [name, search.get(name) ?? ''])), [search]);
  const period = useMemo(() => ({ from: filters.from, to: filters.to }), [filters.from, filters.to]);
  const history = useHistory(filters);
  const performance = usePerformance(period);
  const daily = useDaily(period);

  useEffect(() => {
    heading.current?.focus();
  }, []);

  function apply(next) {
    setSearch(Object.fromEntries(Object.entries(next).filter(([, value]) => value)));
  }

  return (
    <>
      <AppHeader />
      <main id="main" className="container-xxl pb-4">
        <h1 ref={heading} tabIndex={-1} className="h4">
          History and performance
        </h1>
        <HistoryFilters key={search.toString()} filters={filters} onApply={apply} />
        <div className="row g-3">
          <div className="col-12">
            <ErrorBoundary name="Performance">
              <PerformancePanel performance={performance} daily={daily} />
            </ErrorBoundary>
            <p className="small text-body-secondary mt-1 mb-0">Statistics cover every symbol closed in the period; symbol and reason filter the list below.</p>
          </div>
          <div className="col-12">
            <ErrorBoundary name="History">
              <HistoryTable history={history} filters={filters} />
            </ErrorBoundary>
          </div>
        </div>
      </main>
    </>
  );
}
