import { useMemo } from 'react';
import { factValues } from '../../../shared/messages';
import { byOrder } from '../../../shared/ordering';
import type {
  Channel,
  Fact,
  Journey,
  Message,
  Stage,
  Touchpoint,
  Variant,
  Workspace,
} from '../../../shared/schema/tables';
import { useRows, useSession } from '../../app/ServicesContext';

/** The rows the Messages section works with, and what is derived from them once per change. */
export interface MessagesData {
  workspace: Workspace | undefined;
  /** Active journeys by name. */
  journeys: Journey[];
  allJourneys: Journey[];
  stages: Stage[];
  touchpoints: Touchpoint[];
  channels: Channel[];
  /** Active channels in catalogue order. */
  activeChannels: Channel[];
  channelById: ReadonlyMap<string, Channel>;
  facts: Fact[];
  factValues: ReadonlyMap<string, string>;
  messages: Message[];
  variants: Variant[];
}

/** Undefined while any table is still loading. */
export function useMessagesData(): MessagesData | undefined {
  const workspaceId = useSession((s) => s.workspaceId);
  const workspaces = useRows('workspaces');
  const journeys = useRows('journeys');
  const stages = useRows('stages');
  const touchpoints = useRows('touchpoints');
  const channels = useRows('channels');
  const facts = useRows('facts');
  const messages = useRows('messages');
  const variants = useRows('variants');

  const derived = useMemo(() => {
    if (!channels || !facts || !journeys) return undefined;
    const activeJourneys = journeys
      .filter((j) => !j.archived)
      .sort((a, b) => a.name.localeCompare(b.name) || (a.id < b.id ? -1 : 1));
    return {
      journeys: activeJourneys,
      activeChannels: byOrder(channels).filter((c) => !c.archived),
      channelById: new Map(channels.map((c) => [c.id, c])),
      factValues: factValues(facts),
    };
  }, [channels, facts, journeys]);

  const workspace = workspaces?.find((w) => w.id === workspaceId);
  // One object per change of the rows, so what is derived from it downstream is derived once.
  return useMemo(
    () =>
      !journeys || !stages || !touchpoints || !channels || !facts || !messages || !variants || !derived || !workspaces
        ? undefined
        : { workspace, allJourneys: journeys, stages, touchpoints, channels, facts, messages, variants, ...derived },
    [workspace, workspaces, journeys, stages, touchpoints, channels, facts, messages, variants, derived],
  );
}
