import type { TFunction } from 'i18next';
import type { FileProblem } from '../../../shared/interchange/problems';
import type { RowProblem } from '../../../shared/interchange/sheet-rows';
import { interchangeEn } from './i18n.en';

/** Problems of journey files and spreadsheets as sentences in the interface language. */

type TypeWord = keyof typeof interchangeEn.types;
type Rule = keyof typeof interchangeEn.rules;
type Kind = keyof typeof interchangeEn.kinds;
const has = <T extends object>(o: T, k: string): k is Extract<keyof T, string> =>
  Object.prototype.hasOwnProperty.call(o, k);

function expectedText(t: TFunction, p: FileProblem): string {
  if (p.code === 'wrong_type')
    return has(interchangeEn.types, p.expected) ? t(`interchange.types.${p.expected as TypeWord}`) : p.expected;
  if (p.code === 'dangling_reference')
    return has(interchangeEn.kinds, p.expected) ? t(`interchange.kinds.${p.expected as Kind}`) : p.expected;
  if (p.code === 'invalid_value') {
    const [rule = '', arg = ''] = p.expected.split(/:(.*)/s);
    const n = rule === 'one_of' ? arg.split('|').join(', ') : arg;
    return has(interchangeEn.rules, rule) ? t(`interchange.rules.${rule as Rule}`, { n }) : p.expected;
  }
  return p.expected;
}

export function fileProblemSentence(t: TFunction, p: FileProblem): string {
  const where =
    p.line !== null
      ? p.document > 1
        ? t('interchange.where.journeyLine', { document: p.document, line: p.line })
        : t('interchange.where.line', { line: p.line })
      : p.document > 1
        ? t('interchange.where.journey', { document: p.document })
        : '';
  let sentence = t(`interchange.problem.${p.code}`, { value: p.value, expected: expectedText(t, p), path: p.path });
  if (p.code === 'invalid_value' && p.value) sentence = `${sentence} ${t('interchange.found', { value: p.value })}`;
  return where ? `${where}: ${sentence}` : sentence;
}

export function rowProblemSentence(t: TFunction, p: RowProblem): string {
  return t('interchange.sheet.problemAt', {
    row: p.row,
    column: p.column,
    problem: t(`interchange.rowProblem.${p.code}`, { value: p.value, limit: p.limit ?? '' }),
  });
}
