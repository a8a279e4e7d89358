import { QueryClient } from '@tanstack/react-query';

export function createQueryClient() {
  return new QueryClient({
    defaultOptions: {
      queries: {
        // Each widget polls; the next poll is the retry, so a failure shows at once.
        retry: false,
        refetchOnWindowFocus: true,
        gcTime: 60_000,
      },
    },
  });
}
