import { useEffect, useMemo, useRef, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { parsePlaceholders, type FactValues, type FieldCounter, type VariantField } from '../../../../shared/messages';
import type { Fact } from '../../../../shared/schema/tables';
import { fieldName } from '../labels';
import type { FocusRequest } from '../messages-ui';
import { fieldHighlights, segments } from './field-highlights';
import { FieldProblems } from './FieldProblems';
import { PlaceholderPicker } from './PlaceholderPicker';

interface MessageFieldProps {
  /** DOM id of the text area. */
  id: string;
  field: VariantField;
  /** Whose field this is, for the accessible name ("core message", "SMS variant"). */
  owner: string;
  value: string;
  onChange: (text: string) => void;
  onCommit: () => void;
  onRevert: () => void;
  multiline?: boolean;
  maxLength: number;
  facts: readonly Fact[];
  factValues: FactValues;
  /** Length of the rendered text and the channel's limit. */
  counter?: { length: number; limit: number | null } | FieldCounter | undefined;
  /** Channel rule violations of this field, already worded. */
  violations?: readonly ReactNode[];
  /** Mark characters that force an SMS into Unicode. */
  markCulprits?: boolean;
  /** A request for this very field to take focus (see messages-ui.ts). */
  focus?: FocusRequest | null;
  onFocused?: () => void;
}

/**
 * A text field of a message: a text area over a backdrop that marks facts,
 * unknown placeholders, broken braces and SMS culprits in place, with a live
 * counter, a fact picker and the field's problems listed below it.
 */
export function MessageField(props: MessageFieldProps) {
  const {
    id,
    field,
    owner,
    value,
    onChange,
    onCommit,
    onRevert,
    multiline = false,
    maxLength,
    facts,
    factValues,
    counter,
    violations = [],
    markCulprits = false,
    focus,
    onFocused,
  } = props;
  const { t } = useTranslation();
  const area = useRef<HTMLTextAreaElement>(null);
  const parsed = useMemo(() => parsePlaceholders(value), [value]);
  const marks = useMemo(
    () => segments(value, fieldHighlights(parsed, factValues, markCulprits)),
    [value, parsed, factValues, markCulprits],
  );
  const label = fieldName(t, field);
  // Core message and variant both have a "Headline" on screen: the accessible name says whose it is.
  const fullName = t('messages.editor.fieldName', { field: label, owner });
  const problemsId = `${id}-problems`;
  const counterId = `${id}-counter`;
  const over = counter !== undefined && counter.limit !== null && counter.length > counter.limit;
  const unknown = parsed.placeholders.filter((p) => !factValues.has(p.key));
  const invalid = over || unknown.length > 0 || parsed.problems.length > 0 || violations.length > 0;

  useEffect(() => {
    const el = area.current;
    if (!focus || !el) return;
    el.focus({ preventScroll: true });
    el.scrollIntoView({ block: 'center' });
    if (focus.start !== undefined) el.setSelectionRange(focus.start, focus.end ?? focus.start);
    onFocused?.();
  }, [focus, onFocused]);

  /** Puts text in place of [start, end) and leaves the caret after it. */
  const replace = (start: number, end: number, text: string) => {
    const next = value.slice(0, start) + text + value.slice(end);
    onChange(next);
    requestAnimationFrame(() => {
      const el = area.current;
      if (!el) return;
      el.focus();
      el.setSelectionRange(start + text.length, start + text.length);
    });
  };

  const insert = (key: string) => {
    const el = area.current;
    const start = el ? el.selectionStart : value.length;
    const end = el ? el.selectionEnd : value.length;
    replace(start, end, `{{${key}}}`);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLTextAreaElement>) => {
    if (e.key === 'Enter' && (!multiline || e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      onCommit();
    } else if (e.key === 'Escape') {
      e.preventDefault();
      onRevert();
    }
  };

  return (
    <div className={`msg-field${invalid ? ' has-problems' : ''}`}>
      <div className="msg-field-head">
        <label htmlFor={id}>{label}</label>
        <span className="msg-field-tools">
          {counter ? (
            <span id={counterId} className={`msg-counter${over ? ' over' : ''}`}>
              {counter.limit === null
                ? t('messages.editor.counterFree', { count: counter.length })
                : t('messages.editor.counter', { length: counter.length, limit: counter.limit })}
            </span>
          ) : null}
          <PlaceholderPicker facts={facts} fieldLabel={fullName} onPick={insert} />
        </span>
      </div>
      <div className={`msg-field-box${multiline ? ' multiline' : ''}`}>
        <div className="msg-field-backdrop" aria-hidden="true">
          {marks.map((m, i) =>
            m.kind ? (
              <mark key={i} className={`hl-${m.kind}`}>
                {m.text}
              </mark>
            ) : (
              <span key={i}>{m.text}</span>
            ),
          )}
          {/* A trailing line break needs a character after it to take up its line. */}
          {'\u200b'}
        </div>
        <textarea
          ref={area}
          id={id}
          aria-label={fullName}
          className="msg-field-input"
          value={value}
          rows={1}
          maxLength={maxLength}
          spellCheck
          aria-invalid={invalid || undefined}
          aria-describedby={`${counter ? counterId : ''} ${problemsId}`.trim()}
          onChange={(e) => onChange(e.target.value)}
          onBlur={onCommit}
          onKeyDown={onKeyDown}
        />
      </div>
      <FieldProblems
        id={problemsId}
        parsed={parsed}
        unknown={unknown}
        factValues={factValues}
        violations={violations}
        onReplace={replace}
      />
    </div>
  );
}
