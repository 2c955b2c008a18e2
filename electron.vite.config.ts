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
    // web: the browser host (`npm run web`), bundled like the desktop's main so it starts without compiling TypeScript.
    // zod is bundled: required from node_modules it took 0.6 s of the start (some hundred files).
    build: {
      externalizeDeps: { exclude: ['zod'] },
      rollupOptions: {
        input: { index: resolve(__dirname, 'src/main/index.ts'), web: resolve(__dirname, 'src/main/web/cli.ts') },
      },
    },
    plugins: [copyMigrations()],
  },
  preload: {
    // A sandboxed preload cannot require packages: bundle everything it uses.
    build: { externalizeDeps: false, rollupOptions: { input: { index: resolve(__dirname, 'src/preload/index.ts') } } },
  },
  renderer: {
    root: resolve(__dirname, 'src/renderer'),
    // Minified: the page parses a third of the code before its first screen (the browser host's start).
    build: { minify: true, rollupOptions: { input: resolve(__dirname, 'src/renderer/index.html') } },
    plugins: [react()],
  },
});
