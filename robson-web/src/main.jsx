import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import 'bootstrap/dist/css/bootstrap.min.css';
// The unstyled build plus this stylesheet: the default build injects a <style> element,
// which the Content-Security-Policy (style-src 'self') refuses.
import 'react-toastify/ReactToastify.css';
import './styles.css';
import { App } from './app/App.jsx';
import { AppProviders } from './app/providers.jsx';

createRoot(document.getElementById('root')).render(
  <StrictMode>
    <AppProviders push>
      <App />
    </AppProviders>
  </StrictMode>,
);
