import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../shared/default-catalogue';
import { JOURNEY_TEMPLATES } from '../../../shared/templates';

interface TemplatePickerProps {
  value: string;
  onChange: (templateId: string) => void;
  language: Language;
}

/** Blank or one of the templates; each shows its stages and what it brings, so the choice is an informed one. */
export function TemplatePicker({ value, onChange, language }: TemplatePickerProps) {
  const { t } = useTranslation();
  const name = useId();
  return (
    <fieldset className="template-picker">
      <legend>{t('journeyMeta.templates.legend')}</legend>
      <label className="template-option">
        <input type="radio" name={name} checked={value === ''} onChange={() => onChange('')} />
        <span className="template-name">{t('journeyMeta.templates.blank')}</span>
        <span className="template-text">{t('journeyMeta.templates.blankText')}</span>
      </label>
      {JOURNEY_TEMPLATES.map((tpl) => (
        <label key={tpl.id} className="template-option">
          <input type="radio" name={name} checked={value === tpl.id} onChange={() => onChange(tpl.id)} />
          <span className="template-name">{tpl.name[language]}</span>
          <span className="template-text">{tpl.summary[language]}</span>
          <span className="template-text">
            {t('journeyMeta.templates.stages', { stages: tpl.stages.map((s) => s.name[language]).join(' → ') })}
          </span>
          <span className="template-text">
            {t('journeyMeta.templates.counts', {
              touchpoints: tpl.touchpoints.length,
              handoffs: tpl.transitions.length,
              persona: tpl.persona.name[language],
            })}
          </span>
        </label>
      ))}
    </fieldset>
  );
}
