import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';

interface FullscreenOptions {
  /**
   * Enter full screen as soon as the element mounts (the presentation). Browsers
   * allow it only right after a user gesture: the click that opened the view
   * usually still counts; when it does not, `retryOnGesture` tries once more on
   * the first key or click inside.
   */
  auto?: boolean;
  /** Full screen was left by the browser or system (its own Esc, F11), not by us. */
  onLeave?: () => void;
}

/**
 * Full screen for one element, for the presentation and the workshop board.
 * A refusal (policy, headless browser, no gesture) is reported as `refused`
 * so the view can say so; the element is laid out to cover the window anyway.
 * Unmounting leaves full screen, so leaving a view never leaves the app stuck in it.
 */
export function useFullscreen(ref: RefObject<HTMLElement | null>, { auto = false, onLeave }: FullscreenOptions = {}) {
  const [active, setActive] = useState(false);
  const [refused, setRefused] = useState(false);
  const wasActive = useRef(false);
  const retried = useRef(false);
  const onLeaveRef = useRef(onLeave);
  useEffect(() => {
    onLeaveRef.current = onLeave;
  }, [onLeave]);

  const request = useCallback(async () => {
    const element = ref.current;
    if (element && document.fullscreenElement === element) return;
    try {
      if (!element || !document.fullscreenEnabled) throw new Error('full screen not available');
      await element.requestFullscreen();
      setRefused(false);
    } catch {
      setRefused(true);
    }
  }, [ref]);

  const toggle = useCallback(async () => {
    if (document.fullscreenElement !== null && document.fullscreenElement === ref.current) {
      await document.exitFullscreen().catch(() => undefined);
    } else await request();
  }, [ref, request]);

  const retryOnGesture = useCallback(() => {
    if (retried.current || document.fullscreenElement === ref.current) return;
    retried.current = true;
    void request();
  }, [ref, request]);

  useEffect(() => {
    const element = ref.current;
    const onChange = () => {
      const now = element !== null && document.fullscreenElement === element;
      if (wasActive.current && !now) onLeaveRef.current?.();
      wasActive.current = now;
      setActive(now);
    };
    document.addEventListener('fullscreenchange', onChange);
    if (auto) void request();
    return () => {
      document.removeEventListener('fullscreenchange', onChange);
      if (element && document.fullscreenElement === element) document.exitFullscreen().catch(() => undefined);
    };
  }, [ref, request, auto]);

  return {
    active,
    refused,
    supported: typeof document !== 'undefined' && document.fullscreenEnabled,
    request,
    toggle,
    retryOnGesture,
    dismiss: useCallback(() => setRefused(false), []),
  };
}
