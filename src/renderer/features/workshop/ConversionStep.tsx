import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { newId } from '../../../shared/ids';
import { byOrder } from '../../../shared/ordering';
import type { Channel, Department, Stage, Touchpoint, WorkshopNote } from '../../../shared/schema/tables';
import { useHyphenate } from '../../i18n/useHyphenate';
import { channelFor, openNotes, planConversion, type ConversionChoices } from '../../../shared/workshop/conversion';

interface ConversionStepProps {
  journeyId: string;
  stages: readonly Stage[];
  notes: readonly WorkshopNote[];
  channels: readonly Channel[];
  departments: readonly Department[];
  touchpoints: readonly Touchpoint[];
  /** Apply the plan as one undoable action. */
  convert(plan: ReturnType<typeof planConversion>): Promise<void>;
  close(): void;
}

/** "Move to the map": the open notes per stage, a channel (and optional owner) for each, then one batch. */
export function ConversionStep({
  journeyId,
  stages,
  notes,
  channels,
  departments,
  touchpoints,
  convert,
  close,
}: ConversionStepProps) {
  const { t } = useTranslation();
  const softHyphenate = useHyphenate();
  const id = useId();
  const [defaultChannelId, setDefaultChannelId] = useState<string | null>(null);
  const [defaultOwner, setDefaultOwner] = useState<string | null>(null);
  const [channelChoice, setChannelChoice] = useState<Record<string, string | null>>({});
  const [ownerChoice, setOwnerChoice] = useState<Record<string, string | null>>({});
  const [busy, setBusy] = useState(false);

  const activeChannels = useMemo(() => byOrder(channels.filter((c) => !c.archived && !c.tombstone)), [channels]);
  const activeDepartments = useMemo(
    () => byOrder(departments.filter((d) => !d.archived && !d.tombstone)),
    [departments],
  );
  const open = useMemo(() => openNotes(notes, journeyId), [notes, journeyId]);
  const choices: ConversionChoices = useMemo(() => {
    const owners: Record<string, string | null> = {};
    for (const n of open) owners[n.id] = n.id in ownerChoice ? ownerChoice[n.id]! : defaultOwner;
    return { defaultChannelId, channels: channelChoice, owners };
  }, [open, ownerChoice, defaultOwner, defaultChannelId, channelChoice]);
  // The plan is only for counting here; the ids it makes are thrown away.
  const preview = useMemo(
    () =>
      planConversion({
        journeyId,
        notes: open,
        choices,
        touchpoints,
        stages,
        channels,
        departments,
        newId: () => 'preview',
      }),
    [journeyId, open, choices, touchpoints, stages, channels, departments],
  );
  const count = preview.created.size;
  const missing = preview.skipped.filter((s) => s.reason === 'noChannel').length;
  const defaultName = activeChannels.find((c) => c.id === defaultChannelId)?.name;

  const submit = async () => {
    setBusy(true);
    try {
      await convert(
        planConversion({ journeyId, notes: open, choices, touchpoints, stages, channels, departments, newId }),
      );
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="ws-convert card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('workshop.convert.title')}</h2>
      <p className="muted">{t('workshop.convert.intro')}</p>
      {open.length === 0 ? (
        <p className="ws-convert-none">{t('workshop.convert.nothingOpen')}</p>
      ) : (
        <>
          <div className="form-row ws-convert-defaults">
            <div className="field">
              <label htmlFor={`${id}-channel`}>{t('workshop.convert.defaultChannel')}</label>
              <select
                id={`${id}-channel`}
                value={defaultChannelId ?? ''}
                onChange={(e) => setDefaultChannelId(e.target.value || null)}
              >
                <option value="">{t('workshop.convert.choose')}</option>
                {activeChannels.map((c) => (
                  <option key={c.id} value={c.id}>
                    {c.name}
                  </option>
                ))}
              </select>
            </div>
            <div className="field">
              <label htmlFor={`${id}-owner`}>{t('workshop.convert.defaultOwner')}</label>
              <select
                id={`${id}-owner`}
                value={defaultOwner ?? ''}
                onChange={(e) => setDefaultOwner(e.target.value || null)}
              >
                <option value="">{t('workshop.convert.noOwner')}</option>
                {activeDepartments.map((d) => (
                  <option key={d.id} value={d.id}>
                    {d.name}
                  </option>
                ))}
              </select>
            </div>
          </div>
          {stages.map((stage) => {
            const stageNotes = open.filter((n) => n.stage_id === stage.id);
            if (stageNotes.length === 0) return null;
            return (
              <div key={stage.id} className="ws-convert-stage">
                <h3>{stage.name}</h3>
                <table className="table ws-convert-table">
                  <thead>
                    <tr>
                      <th scope="col">{t('workshop.convert.note')}</th>
                      <th scope="col">{t('workshop.convert.channel')}</th>
                      <th scope="col">{t('workshop.convert.owner')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {stageNotes.map((note) => {
                      const own =
                        note.channel_id && activeChannels.some((c) => c.id === note.channel_id)
                          ? note.channel_id
                          : null;
                      const channelValue = channelChoice[note.id] ?? own ?? '';
                      const lacking = channelFor(note, choices, channels) === null;
                      return (
                        <tr key={note.id} className={lacking ? 'lacking' : undefined}>
                          <td className="ws-convert-text">{softHyphenate(note.text)}</td>
                          <td>
                            <select
                              aria-label={t('workshop.convert.channelOf', { text: note.text })}
                              value={channelValue}
                              aria-invalid={lacking}
                              onChange={(e) => setChannelChoice((c) => ({ ...c, [note.id]: e.target.value || null }))}
                            >
                              <option value="">
                                {defaultName
                                  ? t('workshop.convert.useDefault', { channel: defaultName })
                                  : t('workshop.convert.useDefaultNone')}
                              </option>
                              {activeChannels.map((c) => (
                                <option key={c.id} value={c.id}>
                                  {c.name}
                                </option>
                              ))}
                            </select>
                          </td>
                          <td>
                            <select
                              aria-label={t('workshop.convert.ownerOf', { text: note.text })}
                              value={choices.owners[note.id] ?? ''}
                              onChange={(e) => setOwnerChoice((o) => ({ ...o, [note.id]: e.target.value || null }))}
                            >
                              <option value="">{t('workshop.convert.noOwner')}</option>
                              {activeDepartments.map((d) => (
                                <option key={d.id} value={d.id}>
                                  {d.name}
                                </option>
                              ))}
                            </select>
                          </td>
                        </tr>
                      );
                    })}
                  </tbody>
                </table>
              </div>
            );
          })}
        </>
      )}
      <div className="form-actions ws-convert-actions">
        <p className="ws-convert-missing" role="status">
          {count === 0 && missing > 0
            ? t('workshop.convert.noneReady')
            : missing > 0
              ? t('workshop.convert.needChannel', { count: missing })
              : ''}
        </p>
        <button type="button" className="button" onClick={close}>
          {t('workshop.convert.cancel')}
        </button>
        {/* Nothing to create until a note has a channel: no "Create 0 touchpoints". */}
        {count > 0 ? (
          <button type="button" className="button primary" disabled={busy} onClick={() => void submit()}>
            {t('workshop.convert.submit', { count })}
          </button>
        ) : null}
      </div>
    </section>
  );
}
