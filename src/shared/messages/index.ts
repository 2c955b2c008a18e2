/** Channel-adapted messages: placeholders, SMS counting, constraints, conditions, simulator, consistency. */
export * from './placeholders';
export * from './sms';
export * from './links';
export * from './constraints';
export * from './conditions';
export * from './simulator';
export * from './quantities';
export * from './contradictions';
export * from './terms';
export * from './findings';
export * from './consistency';
export * from './usage';
