import { describe, expect, it } from 'vitest';
import { measuredWeeks } from './trend-scope';

describe('measuredWeeks', () => {
  it('starts with the first week that has a touchpoint', () => {
    const weeks = [{ touchpoints: 0 }, { touchpoints: 0 }, { touchpoints: 3 }, { touchpoints: 0 }];
    expect(measuredWeeks(weeks)).toEqual([{ touchpoints: 3 }, { touchpoints: 0 }]);
    expect(measuredWeeks([{ touchpoints: 0 }])).toEqual([]);
  });
});
