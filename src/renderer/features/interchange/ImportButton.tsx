import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ACCEPTED } from './read-file';
import { ImportDialog } from './ImportDialog';

/** "Import from file…": pick a journey file or a spreadsheet, then the import dialog takes over. */
export function ImportButton({ className = 'button' }: { className?: string }) {
  const { t } = useTranslation();
  const input = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<File | null>(null);
  return (
    <>
      <button type="button" className={className} onClick={() => input.current?.click()}>
        {uploadIcon}
        <span>{t('interchange.importButton')}</span>
      </button>
      <input
        ref={input}
        type="file"
        hidden
        accept={ACCEPTED}
        aria-label={t('interchange.fileLabel')}
        onChange={(e) => {
          const picked = e.currentTarget.files?.[0] ?? null;
          // Cleared, so that choosing the same file again (after editing it) opens it again.
          e.currentTarget.value = '';
          setFile(picked);
        }}
      />
      <ImportDialog file={file} onClose={() => setFile(null)} />
    </>
  );
}

const uploadIcon = (
  <svg
    width="16"
    height="16"
    viewBox="0 0 24 24"
    fill="none"
    stroke="currentColor"
    strokeWidth="1.8"
    strokeLinecap="round"
    strokeLinejoin="round"
    aria-hidden="true"
    focusable="false"
  >
    <path d="M12 16V5M7 10l5-5 5 5M5 20h14" />
  </svg>
);
