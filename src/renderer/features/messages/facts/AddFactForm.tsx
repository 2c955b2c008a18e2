import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { newId } from '../../../../shared/ids';
import type { Fact } from '../../../../shared/schema/tables';
import { useServices } from '../../../app/ServicesContext';
import { keyFromLabel, keyProblem, newFactEdits } from '../../../../shared/messages/fact-edits';

/** Key, label and value of a new fact; the key is suggested from the label. */
export function AddFactForm({ facts }: { facts: readonly Fact[] }) {
  const { t } = useTranslation();
  const { commands } = useServices();
  const id = useId();
  const [label, setLabel] = useState('');
  const [key, setKey] = useState('');
  const [value, setValue] = useState('');
  const [tried, setTried] = useState(false);
  const suggested = keyFromLabel(label);
  const effective = key.trim() || suggested;
  const problem = keyProblem(effective, facts);
  const shownProblem = tried || key !== '' ? problem : null;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setTried(true);
    if (problem) return;
    if (await commands.apply('addFact', newFactEdits(newId(), effective, label.trim(), value.trim()))) {
      setLabel('');
      setKey('');
      setValue('');
      setTried(false);
    }
  };

  return (
    <form className="add-row add-fact" onSubmit={(e) => void submit(e)} noValidate>
      <div className="field">
        <label htmlFor={`${id}-label`}>{t('messages.facts.newLabel')}</label>
        <input
          id={`${id}-label`}
          type="text"
          value={label}
          maxLength={200}
          placeholder={t('messages.facts.labelExample')}
          onChange={(e) => setLabel(e.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-key`}>{t('messages.facts.newKey')}</label>
        <input
          id={`${id}-key`}
          type="text"
          value={key}
          maxLength={64}
          placeholder={suggested || t('messages.facts.keyExample')}
          spellCheck={false}
          aria-invalid={shownProblem ? true : undefined}
          aria-describedby={shownProblem ? `${id}-problem` : undefined}
          onChange={(e) => setKey(e.target.value)}
        />
      </div>
      <div className="field grow">
        <label htmlFor={`${id}-value`}>{t('messages.facts.newValue')}</label>
        <input
          id={`${id}-value`}
          type="text"
          value={value}
          maxLength={2000}
          placeholder={t('messages.facts.valueExample')}
          onChange={(e) => setValue(e.target.value)}
        />
      </div>
      <button type="submit" className="button">
        {t('messages.facts.add')}
      </button>
      {shownProblem ? (
        <p id={`${id}-problem`} className="form-problem add-fact-problem">
          {t(`messages.facts.keyProblem.${shownProblem}`)}
        </p>
      ) : null}
    </form>
  );
}
