import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

// The production build lands in dist/; Maven copies it into the jar under META-INF/resources,
// where the server serves it. The dev server proxies the API to a demo on :8080.
export default defineConfig({
  plugins: [react()],
  build: {
    outDir: 'dist',
    // Never inline assets as data: URLs: the Content-Security-Policy stays narrow.
    assetsInlineLimit: 0,
    // Every browser that runs this app supports modulepreload; the polyfill is dead weight.
    modulePreload: { polyfill: false },
    rollupOptions: {
      output: {
        // Libraries change less often than the app: separate files keep them cached across releases.
        manualChunks(id) {
          if (id.includes('node_modules/lightweight-charts') || id.includes('node_modules/fancy-canvas')) {
            return 'chart';
          }
          if (id.includes('node_modules/react-dom') || id.includes('node_modules/react/') || id.includes('node_modules/scheduler')) {
            return 'react';
          }
          return undefined;
        },
      },
    },
  },
  server: {
    proxy: {
      '/api': process.env.ROBSON_API ?? 'http://localhost:8080',
    },
  },
  test: {
    environment: 'jsdom',
    setupFiles: ['src/test/setup.js'],
    include: ['src/**/*.test.{js,jsx}'],
    restoreMocks: true,
    // A bound on a hung test, not a speed target: jsdom renders of the whole app take a few
    // seconds on a busy two-core machine, and vitest's default 5 s failed them there.
    testTimeout: 30_000,
    coverage: {
      provider: 'v8',
      include: ['src/**/*.{js,jsx}'],
      exclude: ['src/main.jsx', 'src/test/**', 'src/**/*.test.{js,jsx}'],
      reporter: ['text-summary', 'text', 'html'],
      reportsDirectory: 'target/coverage',
      thresholds: { lines: 60 },
    },
  },
});
