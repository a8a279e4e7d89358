import { QueryClientProvider } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { ToastContainer } from 'react-toastify/unstyled';
import { AuthProvider } from '../features/auth/AuthProvider.jsx';
import { PushFeedContext } from '../lib/push-context.js';
import { PushFeed } from '../lib/push-feed.js';
import { createQueryClient } from '../lib/query-client.js';

/** `push`: open the push stream (the page does; tests pass their own feed or none, and poll). */
export function AppProviders({ children, queryClient, push = false, pushFeed = null }) {
  const [client] = useState(() => queryClient ?? createQueryClient());
  const [feed] = useState(() => pushFeed ?? (push && globalThis.WebSocket ? new PushFeed({ queryClient: client }) : null));
  useEffect(() => {
    feed?.start();
    return () => feed?.stop();
  }, [feed]);
  return (
    <QueryClientProvider client={client}>
      <PushFeedContext.Provider value={feed}>
        <AuthProvider>{children}</AuthProvider>
      </PushFeedContext.Provider>
      <ToastContainer position="bottom-right" newestOnTop limit={4} autoClose={8000} />
    </QueryClientProvider>
  );
}
