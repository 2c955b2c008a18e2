import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { FactValues, ParsedText, Placeholder } from '../../../../shared/messages';
import { placeholderOf } from '../labels';
import { closestKey } from './field-highlights';

interface FieldProblemsProps {
  id: string;
  parsed: ParsedText;
  unknown: readonly Placeholder[];
  factValues: FactValues;
  violations: readonly ReactNode[];
  onReplace: (start: number, end: number, text: string) => void;
}

/** The problems of one field in words, each with a one-click fix where the intended text is clear. */
export function FieldProblems({ id, parsed, unknown, factValues, violations, onReplace }: FieldProblemsProps) {
  const { t } = useTranslation();
  const items: ReactNode[] = [];
  for (const p of unknown) {
    const suggestion = closestKey(p.key, factValues.keys());
    items.push(
      <li key={`u${p.start}`} className="problem">
        <span>{t('messages.problems.unknown', { placeholder: parsed.text.slice(p.start, p.end), key: p.key })}</span>
        {suggestion ? (
          <button type="button" className="link" onClick={() => onReplace(p.start, p.end, placeholderOf(suggestion))}>
            {t('messages.problems.writeInstead', { placeholder: placeholderOf(suggestion) })}
          </button>
        ) : null}
      </li>,
    );
  }
  for (const p of parsed.problems) {
    const text = parsed.text.slice(p.start, p.end);
    const fix = p.key !== undefined ? placeholderOf(p.key) : p.kind === 'stray_brace' ? '' : null;
    items.push(
      <li key={`p${p.start}`} className="problem">
        <span>{t(`messages.problems.${p.kind}`, { text })}</span>
        {fix !== null ? (
          <button type="button" className="link" onClick={() => onReplace(p.start, p.end, fix)}>
            {fix === ''
              ? t('messages.problems.removeBrace')
              : t('messages.problems.writeInstead', { placeholder: fix })}
          </button>
        ) : null}
      </li>,
    );
  }
  violations.forEach((v, i) =>
    items.push(
      <li key={`v${i}`} className="problem">
        {v}
      </li>,
    ),
  );
  return (
    <ul id={id} className="field-problems">
      {items}
    </ul>
  );
}
