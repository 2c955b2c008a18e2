import { useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { findUnicodeCulprits, smsUnicodeCost } from '../../../../shared/messages';

interface SmsPanelProps {
  /** The SMS as sent: rendered headline, body and call to action (see smsText). */
  sms: string;
  /** The fields as typed, to count what "replace" can fix. */
  typed: readonly string[];
  maxSegments: number;
  violations: readonly ReactNode[];
  onReplace: () => void;
}

function codePoint(text: string): string {
  return `U+${(text.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
}

interface CulpritGroup {
  text: string;
  count: number;
  replacement: string | null;
}

/**
 * The SMS as the network counts it: segments against the channel's limit, the
 * encoding, and — when Unicode is forced — the characters to blame, what they
 * cost, and a one-click replacement of those with a GSM-7 stand-in.
 */
export function SmsPanel({ sms, typed, maxSegments, violations, onReplace }: SmsPanelProps) {
  const { t } = useTranslation();
  const cost = useMemo(() => smsUnicodeCost(sms), [sms]);
  const groups = useMemo(() => {
    const byText = new Map<string, CulpritGroup>();
    for (const c of cost.culprits) {
      const g = byText.get(c.text);
      if (g) g.count += 1;
      else byText.set(c.text, { text: c.text, count: 1, replacement: c.replacement });
    }
    return [...byText.values()];
  }, [cost]);
  const fixable = useMemo(
    () => typed.reduce((n, text) => n + findUnicodeCulprits(text).filter((c) => c.replacement !== null).length, 0),
    [typed],
  );
  const { count } = cost;
  const over = count.segments > maxSegments;

  return (
    <section className={`sms-panel${over ? ' over' : ''}`} aria-label={t('messages.sms.title')}>
      <div className="sms-head">
        <strong className="sms-segments">{t('messages.sms.segments', { count: count.segments })}</strong>
        <span>{t('messages.sms.ofMax', { max: maxSegments })}</span>
        <span className={`sms-encoding ${count.encoding}`}>{t(`messages.sms.${count.encoding}`)}</span>
      </div>
      <div className="sms-bar" aria-hidden="true">
        {Array.from({ length: Math.max(maxSegments, count.segments) }, (_, i) => (
          <span key={i} className={i < count.segments ? (i < maxSegments ? 'used' : 'excess') : ''} />
        ))}
      </div>
      <p className="muted">
        {t('messages.sms.units', { count: count.units, remaining: count.remaining, per: count.unitsPerSegment })}
      </p>
      {count.encoding === 'ucs2' ? (
        <div className="sms-culprits">
          <p>{t('messages.sms.culpritsIntro')}</p>
          <ul className="culprit-list" aria-label={t('messages.sms.culpritsLabel')}>
            {groups.map((g) => (
              <li key={g.text} className="culprit">
                <span className="culprit-char">{g.text}</span>
                <span className="muted">
                  {codePoint(g.text)} ×{g.count}
                </span>
                <span>
                  {g.replacement !== null
                    ? t('messages.sms.standIn', { replacement: g.replacement === '' ? '∅' : g.replacement })
                    : t('messages.sms.noStandIn')}
                </span>
              </li>
            ))}
          </ul>
          <p className="sms-cost">
            {cost.savedWithoutCulprits > 0
              ? t('messages.sms.cost', {
                  count: cost.savedWithoutCulprits,
                  segments: count.segments,
                  without: cost.withoutCulprits.segments,
                })
              : t('messages.sms.costRoom')}
          </p>
          {fixable > 0 ? (
            <button type="button" className="button small" onClick={onReplace}>
              {t('messages.sms.replace', { count: fixable })}
            </button>
          ) : null}
          {cost.savedByReplacement > 0 ? (
            <p className="muted">{t('messages.sms.afterReplace', { count: cost.afterReplacement.segments })}</p>
          ) : null}
        </div>
      ) : (
        <p className="muted">{t('messages.sms.gsmOnly')}</p>
      )}
      {violations.length > 0 ? (
        <ul className="field-problems">
          {violations.map((v, i) => (
            <li key={i} className="problem">
              {v}
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
