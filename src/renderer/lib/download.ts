/**
 * Saves text as a file the way a web page does: a Blob behind an <a download>.
 * The browser host downloads it; in Electron the same click opens the save
 * dialog, so neither transport needs a file API in the contract.
 */
export function downloadText(name: string, text: string, type = 'text/csv;charset=utf-8'): void {
  downloadBlob(name, new Blob([text], { type }));
}

/** Saves a Blob (a PNG, a PDF) as a file. */
export function downloadBlob(name: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked later, not at once: the download may still be reading the Blob.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Saves a file the desktop side produced (base64 over the contract). */
export function downloadBase64(name: string, base64: string, type: string): void {
  const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  downloadBlob(name, new Blob([bytes], { type }));
}
