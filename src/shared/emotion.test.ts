import { describe, expect, it } from 'vitest';
import { EMOTION_VALUES, emotionColour, emotionSign, nearestEmotion } from './emotion';

describe('emotion look', () => {
  it('gives each score its own colour and a mean the colour of its nearest score', () => {
    const colours = EMOTION_VALUES.map(emotionColour);
    expect(new Set(colours).size).toBe(5);
    expect(emotionColour(-0.6)).toBe(emotionColour(-1));
    expect(emotionColour(7)).toBe(emotionColour(2));
    expect(emotionColour(Number.NaN)).toBe(emotionColour(0));
    expect(nearestEmotion(0.4)).toBe(0);
  });

  it('writes the score with a real minus sign and an explicit plus', () => {
    expect(EMOTION_VALUES.map(emotionSign)).toEqual(['−2', '−1', '0', '+1', '+2']);
  });
});
