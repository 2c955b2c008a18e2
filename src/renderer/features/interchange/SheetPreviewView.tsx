import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { SheetTarget } from '../../../shared/interchange/sheet-plan';
import {
  columnLetter,
  REQUIRED_FIELDS,
  SHEET_FIELDS,
  type SheetField,
  type SheetMapping,
} from '../../../shared/interchange/sheet-fields';
import type { SheetPreview } from '../../../shared/interchange/sheet-preview';
import type { Journey } from '../../../shared/schema/tables';
import { rowProblemSentence } from './problem-text';

/** A spreadsheet before import: its sheet, where it goes, which column is which field, the first rows, the problems. */

export interface SheetRequest {
  sheet?: string;
  mapping?: SheetMapping;
  target: SheetTarget;
}

export function SheetPreviewView({
  preview,
  request,
  journeys,
  onChange,
  disabled,
}: {
  preview: SheetPreview;
  request: SheetRequest;
  journeys: readonly Journey[];
  onChange: (next: SheetRequest) => void;
  disabled: boolean;
}) {
  const { t } = useTranslation();
  const ids = { sheet: useId(), name: useId(), journey: useId() };
  const mapped = SHEET_FIELDS.filter((f) => preview.mapping[f] !== null);
  const target = request.target;
  const errors = preview.problems.filter((p) => !p.warning);
  const warnings = preview.problems.filter((p) => p.warning);

  return (
    <div className="ic-sheet">
      <div className="ic-row">
        {preview.sheets.length > 1 ? (
          <div className="field">
            <label htmlFor={ids.sheet}>{t('interchange.sheet.sheet')}</label>
            <select
              id={ids.sheet}
              value={preview.sheet}
              disabled={disabled}
              onChange={(e) => onChange({ ...request, sheet: e.currentTarget.value, mapping: undefined })}
            >
              {preview.sheets.map((s) => (
                <option key={s}>{s}</option>
              ))}
            </select>
          </div>
        ) : null}
        <fieldset className="ic-target" disabled={disabled}>
          <legend>{t('interchange.sheet.target')}</legend>
          <label className="ic-check">
            <input
              type="radio"
              name="ic-target"
              checked={target.kind === 'new'}
              onChange={() => onChange({ ...request, target: { kind: 'new', name: preview.result.journeyName } })}
            />
            {t('interchange.sheet.newJourney')}
          </label>
          {target.kind === 'new' ? (
            <input
              id={ids.name}
              className="ic-name"
              aria-label={t('interchange.sheet.journeyName')}
              defaultValue={target.name || preview.result.journeyName}
              onBlur={(e) => {
                const name = e.currentTarget.value.trim();
                if (name !== target.name) onChange({ ...request, target: { kind: 'new', name } });
              }}
            />
          ) : null}
          <label className="ic-check">
            <input
              type="radio"
              name="ic-target"
              checked={target.kind === 'existing'}
              disabled={journeys.length === 0}
              onChange={() => onChange({ ...request, target: { kind: 'existing', journeyId: journeys[0]!.id } })}
            />
            {t('interchange.sheet.existing')}
          </label>
          {target.kind === 'existing' ? (
            <select
              id={ids.journey}
              aria-label={t('interchange.sheet.chooseJourney')}
              value={target.journeyId}
              onChange={(e) => onChange({ ...request, target: { kind: 'existing', journeyId: e.currentTarget.value } })}
            >
              {journeys.map((j) => (
                <option key={j.id} value={j.id}>
                  {j.name || j.id}
                </option>
              ))}
            </select>
          ) : null}
        </fieldset>
      </div>

      <section aria-labelledby="ic-mapping-title">
        <h3 id="ic-mapping-title">{t('interchange.sheet.mapping')}</h3>
        <p className="muted small">{t('interchange.sheet.mappingIntro')}</p>
        <div className="ic-mapping">
          {SHEET_FIELDS.map((field) => (
            <MappingRow
              key={field}
              field={field}
              headers={preview.headers}
              mapping={preview.mapping}
              disabled={disabled}
              onChange={(mapping) => onChange({ ...request, mapping })}
            />
          ))}
        </div>
        {preview.unmapped.length > 0 ? (
          <p className="form-problem" role="alert">
            {t('interchange.sheet.unmapped', {
              fields: preview.unmapped.map((f) => t(`interchange.fields.${f}`)).join(', '),
            })}
          </p>
        ) : null}
      </section>

      {preview.sample.length > 0 ? (
        <section aria-labelledby="ic-sample-title">
          <h3 id="ic-sample-title">{t('interchange.sheet.sample')}</h3>
          <div className="ic-table-wrap">
            <table className="ic-sample">
              <thead>
                <tr>
                  <th scope="col">{t('interchange.sheet.row')}</th>
                  {mapped.map((f) => (
                    <th key={f} scope="col">
                      {t(`interchange.fields.${f}`)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {preview.sample.map((row) => (
                  <tr key={row.row} className={row.valid ? '' : 'invalid'}>
                    <th scope="row">
                      {row.row}
                      <span className="visually-hidden">
                        {' '}
                        {row.valid ? t('interchange.sheet.ok') : t('interchange.sheet.problem')}
                      </span>
                    </th>
                    {mapped.map((f) => (
                      <td key={f}>{row.values[f] ?? ''}</td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      ) : null}

      <div className="ic-summary" role="status">
        <p>
          {t('interchange.sheet.summary', {
            count: preview.rows.total,
            valid: preview.rows.valid,
            invalid: preview.rows.invalid,
          })}
          {preview.rows.empty > 0 ? ` ${t('interchange.sheet.empty', { count: preview.rows.empty })}` : ''}
        </p>
        {preview.merged.length > 0 ? (
          <p className="muted small">{t('interchange.sheet.merged', { cells: preview.merged.join(', ') })}</p>
        ) : null}
        {preview.formulas > 0 ? (
          <p className="muted small">{t('interchange.sheet.formulas', { count: preview.formulas })}</p>
        ) : null}
      </div>

      {errors.length > 0 ? (
        <section className="ic-problems" aria-labelledby="ic-problems-title">
          <h3 id="ic-problems-title">{t('interchange.sheet.problems')}</h3>
          <ul>
            {errors.map((p, i) => (
              <li key={i}>{rowProblemSentence(t, p)}</li>
            ))}
            {preview.problemsTotal > preview.problems.length ? (
              <li className="muted">
                {t('interchange.more', { count: preview.problemsTotal - preview.problems.length })}
              </li>
            ) : null}
          </ul>
        </section>
      ) : null}
      {warnings.length > 0 ? (
        <section className="ic-warnings" aria-labelledby="ic-warnings-title">
          <h3 id="ic-warnings-title">{t('interchange.sheet.warnings')}</h3>
          <ul>
            {warnings.map((p, i) => (
              <li key={i}>{rowProblemSentence(t, p)}</li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}

function MappingRow({
  field,
  headers,
  mapping,
  disabled,
  onChange,
}: {
  field: SheetField;
  headers: readonly string[];
  mapping: SheetMapping;
  disabled: boolean;
  onChange: (mapping: SheetMapping) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const required = REQUIRED_FIELDS.includes(field);
  return (
    <>
      <label htmlFor={id} className={required ? 'required' : undefined}>
        {t(`interchange.fields.${field}`)}
        {required ? <span className="muted small"> ({t('interchange.sheet.required')})</span> : null}
      </label>
      <select
        id={id}
        value={mapping[field] ?? ''}
        disabled={disabled}
        onChange={(e) => {
          const value = e.currentTarget.value;
          onChange({ ...mapping, [field]: value === '' ? null : Number(value) });
        }}
      >
        <option value="">{t('interchange.sheet.noColumn')}</option>
        {headers.map((header, i) => (
          <option key={i} value={i}>
            {header
              ? t('interchange.sheet.columnOption', { letter: columnLetter(i), header })
              : t('interchange.sheet.columnOnly', { letter: columnLetter(i) })}
          </option>
        ))}
      </select>
    </>
  );
}
