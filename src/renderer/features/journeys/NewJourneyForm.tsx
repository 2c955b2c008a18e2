import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { DEFAULT_STAGES } from '../../../shared/default-catalogue';
import { buildFromTemplate, templateById } from '../../../shared/templates';
import { useRows, useServices, useSession } from '../../app/ServicesContext';
import { PageHeader } from '../../ui/PageHeader';
import { createJourneyEdits } from '../../../shared/journey/journey-edits';
import { StageDraftList, type DraftStage } from './StageDraftList';
import { TemplatePicker } from './TemplatePicker';
import { useJourneyNameCheck } from '../../app/useJourneyLabels';

type Problem = 'name' | 'stageName' | 'noStages' | null;

/** Blank (name, owner, stages pre-filled in the interface language) or from a template; creates everything in one edit. */
export function NewJourneyForm() {
  const { t } = useTranslation();
  const { commands, nav } = useServices();
  const language = useSession((s) => s.language);
  const counter = useRef(0);
  const makeKey = () => `draft-${(counter.current += 1)}`;
  const [name, setName] = useState('');
  const [owner, setOwner] = useState('');
  const [stages, setStages] = useState<DraftStage[]>(() =>
    DEFAULT_STAGES.map((s, i) => ({ key: `default-${i}`, name: s[language] })),
  );
  const [problem, setProblem] = useState<Problem>(null);
  const [busy, setBusy] = useState(false);
  const nameInput = useRef<HTMLInputElement>(null);
  const [templateId, setTemplateId] = useState('');
  const template = templateById(templateId);
  const departments = useRows('departments');
  const channels = useRows('channels');
  // The name this journey will have (a template's own when left empty); another journey of it is worth a word.
  const nameCheck = useJourneyNameCheck();
  const sameName = nameCheck(name.trim() || (template ? template.name[language] : ''));
  const systems = useRows('support_systems');

  // A template brings its own stages, persona and map; only name and owner are asked for (the name may stay the template's).
  const fromTemplate = async () => {
    if (!template || busy) return;
    setBusy(true);
    const result = buildFromTemplate(template, {
      language,
      departments: departments ?? [],
      channels: channels ?? [],
      systems: systems ?? [],
      name,
      owner,
    });
    const ok = await commands.apply('createJourneyFromTemplate', result.edits);
    setBusy(false);
    if (ok) nav.getState().showJourneys({ kind: 'detail', journeyId: result.journeyId });
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (template) return fromTemplate();
    const names = stages.map((s) => s.name.trim());
    const found: Problem =
      name.trim() === '' ? 'name' : names.length === 0 ? 'noStages' : names.some((n) => n === '') ? 'stageName' : null;
    setProblem(found);
    if (found === 'name') nameInput.current?.focus();
    if (found || busy) return;
    setBusy(true);
    const { id, edits } = createJourneyEdits({ name: name.trim(), owner: owner.trim(), stages: names });
    const ok = await commands.apply('createJourney', edits);
    setBusy(false);
    if (ok) nav.getState().showJourneys({ kind: 'detail', journeyId: id });
  };

  const message =
    problem === 'name'
      ? t('journeyForm.nameRequired')
      : problem === 'stageName'
        ? t('journeyForm.stageNameRequired')
        : problem === 'noStages'
          ? t('journeyForm.noStages')
          : null;

  return (
    <div className="journey-form-page">
      <PageHeader title={t('journeyForm.title')} intro={t('journeyForm.intro')} />
      <form className="card form journey-form" onSubmit={(e) => void submit(e)} noValidate>
        <TemplatePicker
          value={templateId}
          language={language}
          onChange={(id) => {
            setTemplateId(id);
            setProblem(null);
          }}
        />
        <div className="form-row">
          <div className="field grow">
            <label htmlFor="journey-name">{t('journeyForm.name')}</label>
            <input
              id="journey-name"
              ref={nameInput}
              type="text"
              value={name}
              maxLength={200}
              autoFocus
              placeholder={template ? t('journeyMeta.templates.namePlaceholder') : t('journeyForm.namePlaceholder')}
              aria-invalid={problem === 'name' ? true : undefined}
              aria-describedby={
                problem === 'name' ? 'journey-form-problem' : sameName ? 'journey-form-same-name' : undefined
              }
              onChange={(e) => setName(e.target.value)}
            />
            {sameName ? (
              <p id="journey-form-same-name" className="inline-note" role="status">
                {sameName.text}
              </p>
            ) : null}
          </div>
          <div className="field grow">
            <label htmlFor="journey-owner">{t('journeyForm.owner')}</label>
            <input
              id="journey-owner"
              type="text"
              value={owner}
              maxLength={200}
              placeholder={t('journeyForm.ownerPlaceholder')}
              onChange={(e) => setOwner(e.target.value)}
            />
          </div>
        </div>
        {template ? (
          <p className="template-note">{t('journeyMeta.templates.note')}</p>
        ) : (
          <StageDraftList stages={stages} onChange={setStages} makeKey={makeKey} invalid={problem === 'stageName'} />
        )}
        {message ? (
          <p id="journey-form-problem" className="form-problem" role="alert">
            {message}
          </p>
        ) : null}
        <div className="form-actions">
          <button type="button" className="button" onClick={() => nav.getState().showJourneys({ kind: 'list' })}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="button primary" disabled={busy}>
            {t('journeyForm.create')}
          </button>
        </div>
      </form>
    </div>
  );
}
