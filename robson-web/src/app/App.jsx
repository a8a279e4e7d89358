import { LoadingSpinner } from '../components/LoadingSpinner.jsx';
import { useAuth } from '../features/auth/auth-context.js';
import { LoginPage } from '../features/auth/components/LoginPage.jsx';
import { CockpitRoutes } from './CockpitRoutes.jsx';

/** Login or the pages: any path of the site lands here (the server falls back to index.html). */
export function App() {
  const { status } = useAuth();
  if (status === 'restoring') {
    return (
      <main className="container py-5">
        <LoadingSpinner label="Restoring your session" />
      </main>
    );
  }
  return status === 'signed-in' ? <CockpitRoutes /> : <LoginPage />;
}
