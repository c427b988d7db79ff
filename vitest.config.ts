import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    testTimeout: 30_000,
    hookTimeout: 60_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit+integration',
          include: ['codegen/**/*.test.ts', 'src/**/*.test.ts', 'test/**/*.test.ts'],
          globalSetup: ['test/helpers/global-setup.ts'],
          pool: 'forks',
        },
      },
      {
        extends: true,
        test: {
          name: 'contract',
          include: ['generated/contract/**/*.test.ts'],
          // @NOTE the ~350 generated contract files share one module graph per worker;
          // each starts its own servers and keeps no global state, so isolation buys nothing
          isolate: false,
          pool: 'threads',
        },
      },
    ],
  },
})
