import { emotionColour, emotionSign } from '../../../shared/emotion';

/** The emotion as a face and its score: the face reads across a room, the number for those who want it. */
export function EmotionFace({ emotion, label }: { emotion: number; label: string }) {
  const colour = emotionColour(emotion);
  // The mouth bends with the score: a frown at −2, a straight line at 0, a smile at +2.
  const bend = emotion * 2.2;
  return (
    <span className="deck-face" style={{ color: colour }} title={label}>
      <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">
        <circle cx="12" cy="12" r="10" fill="currentColor" />
        <circle cx="8.5" cy="9.5" r="1.4" fill="#fff" />
        <circle cx="15.5" cy="9.5" r="1.4" fill="#fff" />
        <path
          d={`M7.5 ${15 - bend / 2} Q12 ${15 + bend} 16.5 ${15 - bend / 2}`}
          stroke="#fff"
          strokeWidth="1.8"
          fill="none"
          strokeLinecap="round"
        />
      </svg>
      <span aria-hidden="true">{emotionSign(emotion)}</span>
      <span className="visually-hidden">{label}</span>
    </span>
  );
}
