// Before `npm start`: the electron package fetches its binary on first use.
// Where that download is unreachable, say so plainly and point to the browser host.
try {
  const path = require('electron');
  if (typeof path !== 'string') throw new Error('no Electron binary path');
} catch (err) {
  console.error(
    [
      'The Electron binary is not installed and could not be downloaded.',
      `  (${err instanceof Error ? err.message.split('\n')[0] : String(err)})`,
      'The desktop app needs it; it is fetched on first start and needs Node 22.12 or newer.',
      'The same app runs in your browser meanwhile: npm run web',
    ].join('\n'),
  );
  process.exit(1);
}
