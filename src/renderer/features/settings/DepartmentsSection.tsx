import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Row } from '../../../shared/schema/tables';
import { useRows, useServices } from '../../app/ServicesContext';
import { fieldEdit } from '../../../shared/edits';
import { ColourInput } from '../../ui/ColourInput';
import { InlineText } from '../../ui/InlineText';
import { AddRowForm } from './AddRowForm';
import { useCatalogueNameCheck } from './useNameChecks';
import { newDepartmentEdits, splitArchived } from '../../../shared/catalogue-edits';

function DepartmentItem({ department }: { department: Row<'departments'> }) {
  const { t } = useTranslation();
  const { commands } = useServices();
  const { id, name, color, archived } = department;
  const check = useCatalogueNameCheck('departments', id);
  if (archived) {
    return (
      <li className="catalogue-item archived">
        <span className="swatch" style={{ background: color }} aria-hidden="true" />
        <span className="catalogue-name">{name}</span>
        <button
          type="button"
          className="button small"
          aria-label={t('departments.restore', { name })}
          onClick={() => void commands.apply('restoreDepartment', [fieldEdit('departments', id, 'archived', false)])}
        >
          {t('common.restore')}
        </button>
      </li>
    );
  }
  return (
    <li className="catalogue-item">
      <ColourInput
        value={color}
        label={t('departments.colour', { name })}
        onCommit={(next) => void commands.apply('recolourDepartment', [fieldEdit('departments', id, 'color', next)])}
      />
      <InlineText
        value={name}
        label={t('departments.name', { name })}
        className="catalogue-name-input"
        check={check}
        onCommit={(next) => void commands.apply('renameDepartment', [fieldEdit('departments', id, 'name', next)])}
      />
      <button
        type="button"
        className="button small ghost"
        aria-label={t('departments.archive', { name })}
        onClick={() => void commands.apply('archiveDepartment', [fieldEdit('departments', id, 'archived', true)])}
      >
        {t('common.archive')}
      </button>
    </li>
  );
}

/** Departments: rename where they stand, pick a colour, add, archive and restore. */
export function DepartmentsSection() {
  const { t } = useTranslation();
  const { commands } = useServices();
  const rows = useRows('departments');
  const check = useCatalogueNameCheck('departments');
  const { active, archived } = useMemo(() => splitArchived(rows ?? []), [rows]);

  return (
    <section className="card" aria-labelledby="departments-title">
      <h2 id="departments-title">{t('departments.title')}</h2>
      <p className="muted">{t('departments.intro')}</p>
      {rows === undefined ? (
        <p aria-busy="true">{t('app.loading')}</p>
      ) : (
        <>
          {active.length === 0 ? (
            <p className="muted">{t('departments.empty')}</p>
          ) : (
            <ul className="catalogue-list departments" aria-label={t('departments.title')}>
              {active.map((d) => (
                <DepartmentItem key={d.id} department={d} />
              ))}
            </ul>
          )}
          <AddRowForm
            label={t('departments.newName')}
            button={t('departments.add')}
            check={check}
            onAdd={(name) => commands.apply('addDepartment', newDepartmentEdits(rows, name))}
          />
          {archived.length > 0 ? (
            <div className="archived-group">
              <h3 id="departments-archived">{t('departments.archivedTitle')}</h3>
              <ul className="catalogue-list departments" aria-labelledby="departments-archived">
                {archived.map((d) => (
                  <DepartmentItem key={d.id} department={d} />
                ))}
              </ul>
            </div>
          ) : null}
        </>
      )}
    </section>
  );
}
