import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import type { Plugin } from 'vite';

const migrationsDir = resolve(__dirname, 'src/main/store/migrations');

/** The store reads its numbered .sql migrations from disk; ship them beside the main bundle. */
function copyMigrations(): Plugin {
  return {
    name: 'workbench-copy-migrations',
    generateBundle() {
      for (const file of readdirSync(migrationsDir).filter((f) => f.endsWith('.sql'))) {
        this.emitFile({
          type: 'asset',
          fileName: `migrations/${file}`,
          source: readFileSync(resolve(migrationsDir, file), 'utf8'),
        });
      }
    },
  };
}

export default defineConfig({
  main: {
    build: { rollupOptions: { input: { index: resolve(__dirname, 'src/main/index.ts') } } },
    plugins: [copyMigrations()],
  },
  preload: {
    // A sandboxed preload cannot require packages: bundle everything it uses.
    build: { externalizeDeps: false, rollupOptions: { input: { index: resolve(__dirname, 'src/preload/index.ts') } } },
  },
  renderer: {
    root: resolve(__dirname, 'src/renderer'),
    build: { rollupOptions: { input: resolve(__dirname, 'src/renderer/index.html') } },
    plugins: [react()],
  },
});
