import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Channel, ChannelConstraints } from '../../../shared/schema/tables';
import { useServices, useSession } from '../../app/ServicesContext';
import { fieldEdit } from '../../../shared/edits';
import { Dialog } from '../../ui/Dialog';

type LimitKey = 'headlineMax' | 'bodyMax' | 'ctaMax' | 'subjectMax' | 'preheaderMax' | 'smsMaxSegments';
type Draft = Record<LimitKey, string> &
  Pick<ChannelConstraints, 'subject' | 'preheader' | 'links' | 'images'> & { sms: boolean };

const MAX: Readonly<Record<LimitKey, number>> = {
  headlineMax: 100000,
  bodyMax: 100000,
  ctaMax: 100000,
  subjectMax: 100000,
  preheaderMax: 100000,
  smsMaxSegments: 20,
};

function draftOf(c: ChannelConstraints): Draft {
  const s = (n: number | null) => (n === null ? '' : String(n));
  return {
    headlineMax: s(c.headlineMax),
    bodyMax: s(c.bodyMax),
    ctaMax: s(c.ctaMax),
    subjectMax: s(c.subjectMax),
    preheaderMax: s(c.preheaderMax),
    smsMaxSegments: s(c.smsMaxSegments ?? 1),
    sms: c.smsMaxSegments !== null,
    subject: c.subject,
    preheader: c.preheader,
    links: c.links,
    images: c.images,
  };
}

/** A limit as typed: '' is no limit, a whole number in range is a limit, anything else is a mistake (undefined). */
function parse(text: string, max: number): number | null | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  const n = Number(trimmed);
  return Number.isInteger(n) && n >= 1 && n <= max ? n : undefined;
}

/** Edits one channel's message constraints: lengths, subject and preheader, SMS segments, links and images. */
export function ChannelLimitsDialog({ channel, onClose }: { channel: Channel; onClose: () => void }) {
  const { t } = useTranslation();
  const { commands } = useServices();
  const workspaceName = useSession((s) => s.workspaces.find((w) => w.id === s.workspaceId)?.name ?? '');
  const [draft, setDraft] = useState(() => draftOf(channel.constraints));
  const [sender, setSender] = useState(channel.preview_sender);
  const [tried, setTried] = useState(false);
  const value = (k: LimitKey) => parse(draft[k], MAX[k]);
  const bad = (k: LimitKey) => value(k) === undefined || (k === 'smsMaxSegments' && draft.sms && value(k) === null);
  const used: LimitKey[] = [
    'headlineMax',
    'bodyMax',
    'ctaMax',
    ...(draft.subject ? ['subjectMax' as const] : []),
    ...(draft.preheader ? ['preheaderMax' as const] : []),
    ...(draft.sms ? ['smsMaxSegments' as const] : []),
  ];
  const invalid = used.some(bad);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setTried(true);
    if (invalid) return;
    const next: ChannelConstraints = {
      headlineMax: value('headlineMax') ?? null,
      bodyMax: value('bodyMax') ?? null,
      ctaMax: value('ctaMax') ?? null,
      subject: draft.subject,
      subjectMax: draft.subject ? (value('subjectMax') ?? null) : channel.constraints.subjectMax,
      preheader: draft.preheader,
      preheaderMax: draft.preheader ? (value('preheaderMax') ?? null) : channel.constraints.preheaderMax,
      smsMaxSegments: draft.sms ? (value('smsMaxSegments') ?? 1) : null,
      links: draft.links,
      images: draft.images,
    };
    const name = sender.trim();
    void commands.apply('changeChannelLimits', [
      fieldEdit('channels', channel.id, 'constraints', next),
      ...(name !== channel.preview_sender ? [fieldEdit('channels', channel.id, 'preview_sender', name)] : []),
    ]);
    onClose();
  };

  const number = (k: LimitKey, enabled = true) => (
    <div className="field limit-field" key={k}>
      <label htmlFor={`limit-${k}`}>{t(`messages.constraints.${k}`)}</label>
      <input
        id={`limit-${k}`}
        type="number"
        min={1}
        max={MAX[k]}
        step={1}
        inputMode="numeric"
        disabled={!enabled}
        value={draft[k]}
        placeholder={k === 'smsMaxSegments' ? '' : t('messages.constraints.noLimit')}
        aria-invalid={tried && enabled && bad(k) ? true : undefined}
        onChange={(e) => setDraft({ ...draft, [k]: e.target.value })}
      />
    </div>
  );
  const check = (k: 'subject' | 'preheader' | 'links' | 'images' | 'sms') => (
    <label className="choice" key={k}>
      <input type="checkbox" checked={draft[k]} onChange={(e) => setDraft({ ...draft, [k]: e.target.checked })} />
      <span>{t(`messages.constraints.${k}`)}</span>
    </label>
  );

  return (
    <Dialog open title={t('messages.constraints.title', { channel: channel.name })} onClose={onClose}>
      <form className="form limits-form" onSubmit={submit} noValidate>
        <p className="muted">{t('messages.constraints.intro')}</p>
        <fieldset className="limits-group">
          <legend>{t('messages.constraints.lengths')}</legend>
          <div className="limits-row">
            {number('headlineMax')}
            {number('bodyMax')}
            {number('ctaMax')}
          </div>
        </fieldset>
        <fieldset className="limits-group">
          <legend>{t('messages.constraints.email')}</legend>
          <div className="limits-row">
            {check('subject')}
            {number('subjectMax', draft.subject)}
          </div>
          <div className="limits-row">
            {check('preheader')}
            {number('preheaderMax', draft.preheader)}
          </div>
        </fieldset>
        <fieldset className="limits-group">
          <legend>{t('messages.constraints.smsTitle')}</legend>
          <div className="limits-row">
            {check('sms')}
            {number('smsMaxSegments', draft.sms)}
          </div>
        </fieldset>
        <div className="field">
          <label htmlFor="limit-sender">{t('messages.constraints.sender')}</label>
          <input
            id="limit-sender"
            type="text"
            maxLength={200}
            value={sender}
            placeholder={workspaceName}
            aria-describedby="limit-sender-hint"
            onChange={(e) => setSender(e.target.value)}
          />
          <p id="limit-sender-hint" className="muted small">
            {t('messages.constraints.senderHint')}
          </p>
        </div>
        <fieldset className="limits-group">
          <legend>{t('messages.constraints.content')}</legend>
          <div className="limits-row">
            {check('links')}
            {check('images')}
          </div>
        </fieldset>
        {tried && invalid ? (
          <p className="form-problem" role="alert">
            {t('messages.constraints.invalid')}
          </p>
        ) : null}
        <div className="form-actions">
          <button type="button" className="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="button primary">
            {t('messages.constraints.save')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}

/** The button in a channel's row that opens its message limits. */
export function ChannelLimitsButton({ channel }: { channel: Channel }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const wasOpen = useRef(false);
  // The dialog leaves the page when closed, so focus is handed back here by hand, once it is gone
  // (nothing outside a modal dialog can take focus while it is open).
  useEffect(() => {
    if (wasOpen.current && !open) button.current?.focus();
    wasOpen.current = open;
  }, [open]);
  const close = () => setOpen(false);
  return (
    <>
      <button
        ref={button}
        type="button"
        className="button small ghost"
        aria-label={t('messages.constraints.open', { channel: channel.name })}
        onClick={() => setOpen(true)}
      >
        {t('messages.constraints.button')}
      </button>
      {open ? <ChannelLimitsDialog channel={channel} onClose={close} /> : null}
    </>
  );
}
