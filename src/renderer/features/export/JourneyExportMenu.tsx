import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useDismiss } from '../../ui/useDismiss';
import { useTranslation } from 'react-i18next';
import { useServices } from '../../app/ServicesContext';
import { useJourneyExport } from './useJourneyExport';
import { useInterchangeExport } from '../interchange/useInterchangeExport';
import './export.css';

type Item = 'pdfA4' | 'pdfA3' | 'png' | 'mermaid' | 'copyMermaid' | 'yaml' | 'xlsx';
const ITEMS: readonly Item[] = ['pdfA4', 'pdfA3', 'png', 'mermaid', 'copyMermaid', 'yaml', 'xlsx'];

/** The journey's export actions: a menu button (Enter/Space/arrow keys open it, Esc closes it). */
export function JourneyExportMenu({ journeyId }: { journeyId: string }) {
  const { t } = useTranslation();
  const { toasts } = useServices();
  const actions = useJourneyExport(journeyId);
  const files = useInterchangeExport();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [backstage, setBackstage] = useState(true);
  const [status, setStatus] = useState('');
  const menuId = useId();
  const button = useRef<HTMLButtonElement>(null);
  const list = useRef<HTMLUListElement>(null);
  const root = useRef<HTMLDivElement>(null);

  const items = () => [
    ...(list.current?.querySelectorAll<HTMLButtonElement>('[role="menuitem"], [role="menuitemcheckbox"]') ?? []),
  ];
  useEffect(() => {
    if (!open) return;
    items()[0]?.focus();
  }, [open]);
  useDismiss(root, open, () => setOpen(false));
  useEffect(() => {
    if (!status) return;
    const timer = setTimeout(() => setStatus(''), 4000);
    return () => clearTimeout(timer);
  }, [status]);

  const close = () => {
    setOpen(false);
    button.current?.focus();
  };

  const run = async (item: Item) => {
    close();
    setBusy(true);
    setStatus('');
    try {
      if (item === 'pdfA4') await actions.pdf('a4', backstage);
      else if (item === 'pdfA3') await actions.pdf('a3', backstage);
      else if (item === 'png') await actions.png(backstage);
      else if (item === 'mermaid') await actions.mermaid();
      else if (item === 'yaml') await files.yaml(journeyId);
      else if (item === 'xlsx') await files.xlsx(journeyId);
      else {
        await actions.copyMermaid();
        setStatus(t('export.copied'));
      }
    } catch (err) {
      toasts.getState().report(err, 'exportJourney');
    } finally {
      setBusy(false);
    }
  };

  const onMenuKey = (e: KeyboardEvent) => {
    const all = items();
    const at = all.indexOf(document.activeElement as HTMLButtonElement);
    const move = (i: number) => all[(i + all.length) % all.length]?.focus();
    if (e.key === 'Escape') close();
    else if (e.key === 'ArrowDown') move(at + 1);
    else if (e.key === 'ArrowUp') move(at - 1);
    else if (e.key === 'Home') move(0);
    else if (e.key === 'End') move(all.length - 1);
    else if (e.key === 'Tab') setOpen(false);
    else return;
    if (e.key !== 'Tab') e.preventDefault();
  };

  return (
    <div className="export-menu" ref={root}>
      <button
        ref={button}
        type="button"
        className="button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        aria-label={t('export.menuLabel')}
        disabled={busy}
        aria-busy={busy}
        onClick={() => setOpen(!open)}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown' && !open) {
            e.preventDefault();
            setOpen(true);
          }
        }}
      >
        {downloadIcon}
        <span>{busy ? t('export.busy') : t('export.menu')}</span>
      </button>
      {open ? (
        <ul
          id={menuId}
          ref={list}
          role="menu"
          aria-label={t('export.menuLabel')}
          className="export-menu-list"
          onKeyDown={onMenuKey}
        >
          {ITEMS.map((item) => (
            <li key={item} role="none">
              {item === 'mermaid' || item === 'yaml' ? <hr aria-hidden="true" /> : null}
              <button type="button" role="menuitem" tabIndex={-1} onClick={() => void run(item)}>
                {item === 'yaml' || item === 'xlsx' ? t(`interchange.export.${item}`) : t(`export.${item}`)}
              </button>
            </li>
          ))}
          <li role="none">
            <hr aria-hidden="true" />
            <button
              type="button"
              role="menuitemcheckbox"
              aria-checked={backstage}
              tabIndex={-1}
              onClick={() => setBackstage(!backstage)}
            >
              <span className="export-menu-box" aria-hidden="true">
                {backstage ? '✓' : ''}
              </span>
              {t('export.backstage')}
            </button>
          </li>
        </ul>
      ) : null}
      <span className="export-status" role="status">
        {open ? '' : status}
      </span>
    </div>
  );
}

const downloadIcon = (
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
    <path d="M12 4v11M7 10l5 5 5-5M5 20h14" />
  </svg>
);
