import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['codegen/**/*.test.ts', 'src/**/*.test.ts', 'test/**/*.test.ts', 'generated/contract/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
  },
})
