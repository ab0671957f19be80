import react from '@vitejs/plugin-react'
import { defineConfig } from 'vitest/config'

/** Two projects: the core under Node, components under jsdom. Playwright specs (tests/e2e) are not collected. */
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'node',
          environment: 'node',
          include: ['tests/node/**/*.test.ts'],
          pool: 'forks',
          testTimeout: 30_000,
        },
      },
      {
        plugins: [react()],
        test: {
          name: 'dom',
          environment: 'jsdom',
          include: ['tests/dom/**/*.test.{ts,tsx}'],
          setupFiles: ['tests/dom/setup.ts'],
          testTimeout: 30_000,
        },
      },
    ],
  },
})
