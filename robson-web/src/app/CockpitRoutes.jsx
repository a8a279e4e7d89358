import { Suspense, lazy } from 'react';
import { BrowserRouter, Link, Route, Routes } from 'react-router';
import { LoadingSpinner } from '../components/LoadingSpinner.jsx';
import { useDisplayRules } from '../lib/display-rules.js';
import { AppHeader } from './AppHeader.jsx';
import { Dashboard } from './Dashboard.jsx';
import { OperationEventToasts } from '../features/operations/components/OperationEventToasts.jsx';

// The dashboard is what a trader opens first; the review pages load when asked for.
const OperationPage = lazy(() => import('../features/operations/pages/OperationPage.jsx'));
const HistoryPage = lazy(() => import('../features/history/components/HistoryPage.jsx'));

function NotFound() {
  return (
    <>
      <AppHeader />
      <main id="main" className="container-xxl pb-4">
        <h1 className="h4">Nothing here</h1>
        <p>
          This address is not a page of Robson. <Link to="/">Back to the dashboard</Link>.
        </p>
      </main>
    </>
  );
}

/** The pages as routes; the server answers every page path with index.html, so deep links reload. */
export function PageRoutes() {
  return (
    <Suspense fallback={<main className="container py-5"><LoadingSpinner label="Loading the page" /></main>}>
      <Routes>
        <Route path="/" element={<Dashboard />} />
        <Route path="/operations/:id" element={<OperationPage />} />
        <Route path="/history" element={<HistoryPage />} />
        <Route path="*" element={<NotFound />} />
      </Routes>
    </Suspense>
  );
}

export function CockpitRoutes() {
  // Amounts are shown only once the server has said which quote assets read as dollars; if it
  // cannot say, they are shown with their asset code.
  const displayRules = useDisplayRules();
  if (displayRules.isPending) {
    return (
      <main className="container py-5">
        <LoadingSpinner label="Loading the cockpit" />
      </main>
    );
  }
  return (
    <BrowserRouter>
      <OperationEventToasts />
      <PageRoutes />
    </BrowserRouter>
  );
}
