import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChangedItem, JourneyChanges, YamlPreview } from '../../../shared/interchange/preview';
import { fileProblemSentence } from './problem-text';

/** What a journey file will do: per journey, new or updated, and what is added, changed, moved and removed. */

const SHOWN = 12;

export function YamlProblems({ preview }: { preview: YamlPreview }) {
  const { t } = useTranslation();
  return (
    <div className="ic-problems" role="alert">
      <p className="form-problem">{t('interchange.yaml.problems', { count: preview.problems.length })}</p>
      <ul>
        {preview.problems.map((p, i) => (
          <li key={i}>{fileProblemSentence(t, p)}</li>
        ))}
      </ul>
      <p className="muted">{t('interchange.nothingWritten')}</p>
    </div>
  );
}

export function JourneyChangesView({
  changes,
  asNew,
  onAsNew,
  disabled,
}: {
  changes: JourneyChanges;
  asNew: boolean;
  onAsNew: ((asNew: boolean) => void) | null;
  disabled: boolean;
}) {
  const { t } = useTranslation();
  const heading =
    changes.mode === 'new'
      ? t('interchange.yaml.newJourney', { name: changes.name })
      : changes.previousName !== null && changes.previousName !== changes.name
        ? t('interchange.yaml.updateRenamed', { from: changes.previousName, to: changes.name })
        : t('interchange.yaml.update', { name: changes.name });
  const count = (c: { added: number; changed: number; removed: number }) => t('interchange.yaml.counted', c);
  return (
    <section className="ic-journey" aria-label={heading}>
      <h3>{heading}</h3>
      {onAsNew && (changes.mode === 'update' || asNew) ? (
        <label className="ic-check">
          <input
            type="checkbox"
            checked={asNew}
            disabled={disabled}
            onChange={(e) => onAsNew(e.currentTarget.checked)}
          />
          {t('interchange.yaml.asNew')}
        </label>
      ) : null}
      {changes.fields.length > 0 ? (
        <p>
          {t('interchange.yaml.journeyFields', {
            fields: changes.fields.map((f) => t(`interchange.journeyFields.${f}`)).join(', '),
          })}
        </p>
      ) : null}
      <div className="ic-groups">
        <Group
          title={t('interchange.yaml.stages')}
          empty={
            changes.stages.added.length + changes.stages.renamed.length + changes.stages.removed.length === 0 &&
            !changes.stages.reordered
          }
        >
          <Names label={t('interchange.yaml.added')} names={changes.stages.added} kind="added" />
          <Names
            label={t('interchange.yaml.renamed')}
            names={changes.stages.renamed.map((r) => `${r.from} → ${r.to}`)}
            kind="changed"
          />
          <Names label={t('interchange.yaml.removed')} names={changes.stages.removed} kind="removed" />
          {changes.stages.reordered ? <p className="small">{t('interchange.yaml.reordered')}</p> : null}
        </Group>
        <Group title={t('interchange.yaml.touchpoints')} empty={isEmpty(changes.touchpoints)}>
          <Names label={t('interchange.yaml.added')} names={changes.touchpoints.added} kind="added" />
          <Changed items={changes.touchpoints.changed} />
          <Names label={t('interchange.yaml.moved')} names={changes.touchpoints.moved} kind="changed" />
          <Names label={t('interchange.yaml.removed')} names={changes.touchpoints.removed} kind="removed" />
        </Group>
        <Group title={t('interchange.yaml.backstage')} empty={isEmpty(changes.backstage)}>
          <Names label={t('interchange.yaml.added')} names={changes.backstage.added} kind="added" />
          <Changed items={changes.backstage.changed} />
          <Names label={t('interchange.yaml.moved')} names={changes.backstage.moved} kind="changed" />
          <Names label={t('interchange.yaml.removed')} names={changes.backstage.removed} kind="removed" />
        </Group>
      </div>
      {[changes.transitions, changes.handoffs, changes.messages].some((c) => c.added + c.changed + c.removed > 0) ? (
        <p className="small">
          {t('interchange.yaml.links', {
            transitions: count(changes.transitions),
            handoffs: count(changes.handoffs),
            messages: count(changes.messages),
          })}
        </p>
      ) : null}
      <p className="muted small">{t('interchange.yaml.totals', changes.totals)}</p>
    </section>
  );
}

const isEmpty = (g: JourneyChanges['touchpoints']) =>
  g.added.length + g.changed.length + g.moved.length + g.removed.length === 0;

/** A group with nothing to say is left out. */
function Group({ title, empty, children }: { title: string; empty: boolean; children: ReactNode }) {
  if (empty) return null;
  return (
    <div className="ic-group">
      <h4>{title}</h4>
      {children}
    </div>
  );
}

function Names({ label, names, kind }: { label: string; names: string[]; kind: 'added' | 'changed' | 'removed' }) {
  const { t } = useTranslation();
  if (names.length === 0) return null;
  return (
    <div className={`ic-names ${kind}`}>
      <span className="ic-names-label">
        {label} ({names.length})
      </span>
      <ul>
        {names.slice(0, SHOWN).map((n, i) => (
          <li key={i}>{n}</li>
        ))}
        {names.length > SHOWN ? (
          <li className="muted">{t('interchange.more', { count: names.length - SHOWN })}</li>
        ) : null}
      </ul>
    </div>
  );
}

function Changed({ items }: { items: ChangedItem[] }) {
  const { t } = useTranslation();
  if (items.length === 0) return null;
  return (
    <Names
      label={t('interchange.yaml.changed')}
      names={items.map((i) => `${i.title}: ${i.fields.map((f) => t(`interchange.itemFields.${f}`)).join(', ')}`)}
      kind="changed"
    />
  );
}
