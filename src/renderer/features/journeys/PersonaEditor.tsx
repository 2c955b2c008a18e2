import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { newId } from '../../../shared/ids';
import { rowEdits, fieldEdit } from '../../../shared/edits';
import { byOrder } from '../../../shared/ordering';
import type { Journey } from '../../../shared/schema/tables';
import { useRows, useServices } from '../../app/ServicesContext';
import { icons } from '../../ui/icons';
import { PanelText } from '../journey-map/PanelFields';

/** Who travels the journey: choose a persona of the workspace or create one, and edit its name, description, goals and channels. */
export function PersonaEditor({ journey }: { journey: Journey }) {
  const { t } = useTranslation();
  const id = useId();
  const { commands } = useServices();
  const personas = useRows('personas');
  const journeys = useRows('journeys');
  const channels = useRows('channels');
  const persona = personas?.find((p) => p.id === journey.persona_id);
  const users = journeys?.filter((j) => j.persona_id && j.persona_id === journey.persona_id).length ?? 0;
  const choose = (personaId: string) =>
    void commands.apply('changeJourneyPersona', [fieldEdit('journeys', journey.id, 'persona_id', personaId || null)]);
  const create = () => {
    const personaId = newId();
    void commands.apply('createPersona', [
      ...rowEdits('personas', personaId, { name: t('journeyMeta.persona.defaultName') }),
      fieldEdit('journeys', journey.id, 'persona_id', personaId),
    ]);
  };
  const edit = (column: 'name' | 'description' | 'goals', value: string) =>
    persona && void commands.apply('editPersona', [fieldEdit('personas', persona.id, column, value)]);
  const activeChannels = byOrder(
    (channels ?? []).filter((c) => !c.archived || persona?.preferred_channel_ids.includes(c.id)),
  );
  const toggleChannel = (channelId: string, on: boolean) => {
    if (!persona) return;
    const next = on
      ? [...persona.preferred_channel_ids, channelId]
      : persona.preferred_channel_ids.filter((c) => c !== channelId);
    void commands.apply('editPersona', [fieldEdit('personas', persona.id, 'preferred_channel_ids', next)]);
  };

  return (
    <section className="card persona-card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('journeyMeta.persona.title')}</h2>
      <p className="muted">{t('journeyMeta.persona.intro')}</p>
      <div className="persona-choose">
        <div className="field grow">
          <label htmlFor={`${id}-choose`}>{t('journeyMeta.persona.choose')}</label>
          <select id={`${id}-choose`} value={persona?.id ?? ''} onChange={(e) => choose(e.target.value)}>
            <option value="">{t('journeyMeta.persona.none')}</option>
            {(personas ?? []).map((p) => (
              <option key={p.id} value={p.id}>
                {p.name || t('journeyMeta.persona.defaultName')}
              </option>
            ))}
          </select>
        </div>
        <button type="button" className="button small" onClick={create}>
          {icons.plus}
          <span>{t('journeyMeta.persona.create')}</span>
        </button>
      </div>
      {persona ? (
        <div className="persona-fields">
          {users > 1 ? <p className="notice small">{t('journeyMeta.persona.shared', { count: users })}</p> : null}
          <PanelText
            key={`name-${persona.id}`}
            label={t('journeyMeta.persona.name')}
            value={persona.name}
            requiredMessage={t('journeyMeta.persona.nameRequired')}
            onCommit={(v) => edit('name', v)}
          />
          <PanelText
            key={`desc-${persona.id}`}
            label={t('journeyMeta.persona.description')}
            value={persona.description}
            multiline
            onCommit={(v) => edit('description', v)}
          />
          <PanelText
            key={`goals-${persona.id}`}
            label={t('journeyMeta.persona.goals')}
            value={persona.goals}
            multiline
            onCommit={(v) => edit('goals', v)}
          />
          <fieldset className="choice-group">
            <legend>{t('journeyMeta.persona.channels')}</legend>
            <div className="persona-channels">
              {activeChannels.map((c) => (
                <label key={c.id} className="choice">
                  <input
                    type="checkbox"
                    checked={persona.preferred_channel_ids.includes(c.id)}
                    onChange={(e) => toggleChannel(c.id, e.target.checked)}
                  />
                  <span>{c.name}</span>
                </label>
              ))}
            </div>
          </fieldset>
        </div>
      ) : null}
    </section>
  );
}
