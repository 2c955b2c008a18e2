/** One journey in the customer's time order, with its backstage: the slice every view is made from. */
export type { JourneyRows } from './rows';
export { JOURNEY_SCOPED_TABLES } from './rows';
export { buildJourneySlice, type BackstageSlice, type JourneySlice, type Step } from './slice';
export {
  findStep,
  isTimeProblem,
  moveStepInTime,
  moveTouchpointInTime,
  placeInTime,
  timeStepTarget,
  type TimeDirection,
  type TimePlace,
  type TimeProblem,
  type TimeTarget,
} from './steps';
export { emotionCurve, type CurvePoint, type EmotionCurve, type StageBand } from './curve';
export {
  archiveTouchpointEdits,
  backstageHandoffStatus,
  backstageHandoffs,
  checkBackstageHandoff,
  checkLink,
  createBackstageHandoffEdits,
  createBackstageStepEdits,
  lastPerField,
  linkEdits,
  onlyServing,
  unlinkEdits,
  type BackstageFate,
  type BackstageHandoffView,
  type BackstageProblem,
  type HandoffStatus,
  type NewBackstageStep,
} from './backstage';
