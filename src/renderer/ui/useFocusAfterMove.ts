import { useEffect, useRef, useState } from 'react';

export interface FocusTarget {
  item: string;
  action: 'up' | 'down';
}

/**
 * After a list item moves, keep the keyboard on its move button (or the
 * other one when that has become disabled at the end of the list).
 * Buttons carry data-item and data-action attributes inside `container`.
 */
export function useFocusAfterMove<E extends HTMLElement>() {
  const container = useRef<E>(null);
  const [target, setTarget] = useState<FocusTarget | null>(null);
  useEffect(() => {
    if (!target || !container.current) return;
    const find = (action: string) =>
      container.current?.querySelector<HTMLButtonElement>(
        `button[data-item="${CSS.escape(target.item)}"][data-action="${action}"]`,
      );
    const wanted = find(target.action);
    const fallback = find(target.action === 'up' ? 'down' : 'up');
    (wanted && !wanted.disabled ? wanted : fallback)?.focus();
    setTarget(null);
  }, [target]);
  return { container, focusAfterMove: setTarget };
}
