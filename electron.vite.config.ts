import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import type { Plugin } from 'vite';
import { DEV_PAGE_META_POLICY, PAGE_META_POLICY } from './src/main/csp';

/** The page's own CSP <meta>, from the one policy in src/main/csp.ts (the header says the same). */
function pagePolicy(): Plugin {
  let policy = PAGE_META_POLICY;
  return {
    name: 'workbench-page-policy',
    configResolved(config) {
      if (config.command === 'serve') policy = DEV_PAGE_META_POLICY;
    },
    transformIndexHtml: () => [
      { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: policy }, injectTo: 'head-prepend' },
    ],
  };
}

// Migrations, fonts and the icon are not bundled: src/main/resources.ts finds them in the checkout,
// and electron-builder.ts puts them next to app.asar in an installed app.
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
  },
  preload: {
    // A sandboxed preload cannot require packages: bundle everything it uses.
    build: { externalizeDeps: false, rollupOptions: { input: { index: resolve(__dirname, 'src/preload/index.ts') } } },
  },
  renderer: {
    root: resolve(__dirname, 'src/renderer'),
    // Minified: the page parses a third of the code before its first screen (the browser host's start).
    build: { minify: true, rollupOptions: { input: resolve(__dirname, 'src/renderer/index.html') } },
    plugins: [react(), pagePolicy()],
  },
});
