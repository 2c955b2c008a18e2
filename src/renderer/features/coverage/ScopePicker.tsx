import { useTranslation } from 'react-i18next';
import { journeyLabel, useJourneyLabels } from '../../app/useJourneyLabels';
import type { Scope } from './scope';

interface ScopePickerProps {
  scope: Scope;
  journeys: readonly { id: string; name: string }[];
  onChange: (scope: Scope) => void;
}

const WORKSPACE = '';

/** Whole workspace or one journey: a native select, so it works the same with keyboard, mouse and screen reader. */
export function ScopePicker({ scope, journeys, onChange }: ScopePickerProps) {
  const { t } = useTranslation();
  const labels = useJourneyLabels();
  return (
    <div className="coverage-scope">
      <label htmlFor="coverage-scope">{t('coverage.scopeLabel')}</label>
      <select
        id="coverage-scope"
        value={scope.kind === 'journey' ? scope.journeyId : WORKSPACE}
        onChange={(e) =>
          onChange(
            e.target.value === WORKSPACE ? { kind: 'workspace' } : { kind: 'journey', journeyId: e.target.value },
          )
        }
      >
        <option value={WORKSPACE}>{t('coverage.wholeWorkspace')}</option>
        <optgroup label={t('coverage.journeysGroup')}>
          {journeys.map((j) => (
            <option key={j.id} value={j.id}>
              {journeyLabel(labels, j, t('coverage.unnamedJourney'))}
            </option>
          ))}
        </optgroup>
      </select>
    </div>
  );
}
