import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type {
  CatalogueChoices as Choices,
  CatalogueSummary,
  DepartmentChoice,
  MissingName,
} from '../../../shared/interchange/plan-catalogue';
import { byOrder } from '../../../shared/ordering';
import { useRows } from '../../app/ServicesContext';

/**
 * Names the import needs that the workspace lacks: each is created, or mapped
 * to a row the workspace has (or, for a department, left empty). A change
 * asks for a new preview.
 */
export function CatalogueChoices({
  summary,
  choices,
  onChange,
  disabled,
}: {
  summary: CatalogueSummary;
  choices: Choices;
  onChange: (next: Choices) => void;
  disabled: boolean;
}) {
  const { t } = useTranslation();
  const channels = useRows('channels');
  const departments = useRows('departments');
  const activeChannels = byOrder((channels ?? []).filter((c) => !c.tombstone && !c.archived));
  const activeDepartments = byOrder((departments ?? []).filter((d) => !d.tombstone && !d.archived));
  const missing = summary.missingChannels.length + summary.missingDepartments.length;
  const notes = [
    summary.newSystems.length > 0
      ? t('interchange.catalogue.newSystems', { names: summary.newSystems.join(', ') })
      : '',
    summary.newFacts.length > 0 ? t('interchange.catalogue.newFacts', { names: summary.newFacts.join(', ') }) : '',
    summary.changedFacts.length > 0
      ? t('interchange.catalogue.changedFacts', { names: summary.changedFacts.join(', ') })
      : '',
  ].filter(Boolean);
  if (missing === 0 && notes.length === 0) return null;

  const encode = (c: DepartmentChoice) => (c.action === 'use' ? `use:${c.id}` : c.action);
  const decode = (value: string): DepartmentChoice =>
    value.startsWith('use:')
      ? { action: 'use', id: value.slice(4) }
      : value === 'none'
        ? { action: 'none' }
        : { action: 'create' };

  return (
    <section className="ic-catalogue" aria-labelledby="ic-catalogue-title">
      {missing > 0 ? (
        <>
          <h3 id="ic-catalogue-title">{t('interchange.catalogue.title')}</h3>
          <p className="muted small">{t('interchange.catalogue.intro')}</p>
          <ul className="ic-choices">
            {summary.missingChannels.map((m) => (
              <Choice
                key={`c:${m.name}`}
                missing={m}
                label={t('interchange.catalogue.channel', { name: m.name })}
                value={encode(m.choice)}
                disabled={disabled}
                options={[
                  { value: 'create', label: t('interchange.catalogue.create', { name: m.name }) },
                  ...[
                    ...activeChannels.filter((c) => c.id === m.suggestion),
                    ...activeChannels.filter((c) => c.id !== m.suggestion),
                  ].map((c) => ({ value: `use:${c.id}`, label: t('interchange.catalogue.use', { name: c.name }) })),
                ]}
                onChange={(value) => {
                  const choice = decode(value);
                  if (choice.action === 'none') return;
                  onChange({ ...choices, channels: { ...choices.channels, [m.name]: choice } });
                }}
              />
            ))}
            {summary.missingDepartments.map((m) => (
              <Choice
                key={`d:${m.name}`}
                missing={m}
                label={t('interchange.catalogue.department', { name: m.name })}
                value={encode(m.choice)}
                disabled={disabled}
                options={[
                  { value: 'create', label: t('interchange.catalogue.create', { name: m.name }) },
                  { value: 'none', label: t('interchange.catalogue.none') },
                  ...activeDepartments.map((d) => ({
                    value: `use:${d.id}`,
                    label: t('interchange.catalogue.use', { name: d.name }),
                  })),
                ]}
                onChange={(value) =>
                  onChange({ ...choices, departments: { ...choices.departments, [m.name]: decode(value) } })
                }
              />
            ))}
          </ul>
        </>
      ) : null}
      {notes.map((note) => (
        <p key={note} className="muted small">
          {note}
        </p>
      ))}
    </section>
  );
}

function Choice({
  missing,
  label,
  value,
  options,
  onChange,
  disabled,
}: {
  missing: MissingName;
  label: string;
  value: string;
  options: { value: string; label: string }[];
  onChange: (value: string) => void;
  disabled: boolean;
}) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <li className="ic-choice">
      <label htmlFor={id}>
        <strong>{label}</strong>{' '}
        <span className="muted small">{t('interchange.catalogue.uses', { count: missing.uses })}</span>
      </label>
      <select
        id={id}
        value={value}
        disabled={disabled}
        aria-label={t('interchange.catalogue.choiceFor', { name: missing.name })}
        onChange={(e) => onChange(e.currentTarget.value)}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </li>
  );
}
