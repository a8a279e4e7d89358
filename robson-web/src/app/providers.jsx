import { QueryClientProvider } from '@tanstack/react-query';
import { useState } from 'react';
import { ToastContainer } from 'react-toastify/unstyled';
import { AuthProvider } from '../features/auth/AuthProvider.jsx';
import { createQueryClient } from '../lib/query-client.js';

export function AppProviders({ children, queryClient }) {
  const [client] = useState(() => queryClient ?? createQueryClient());
  return (
    <QueryClientProvider client={client}>
      <AuthProvider>{children}</AuthProvider>
      <ToastContainer position="bottom-right" newestOnTop limit={4} autoClose={8000} />
    </QueryClientProvider>
  );
}
