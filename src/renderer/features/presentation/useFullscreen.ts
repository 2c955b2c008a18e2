import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';

/**
 * Puts the element in full screen when the browser allows it. Browsers only
 * allow it right after a user gesture: the "Present" click usually still
 * counts when the view opens; when it does not (or full screen is refused, as
 * in headless browsers), the element stays a full-window overlay and
 * `retryOnGesture` tries once more on the first key or click inside it.
 * Leaving full screen by the browser (its own Esc, F11) calls `onLeave`.
 */
export function useFullscreen(ref: RefObject<HTMLElement | null>, onLeave: () => void) {
  const [active, setActive] = useState(false);
  const wasActive = useRef(false);
  const retried = useRef(false);
  const onLeaveRef = useRef(onLeave);
  useEffect(() => {
    onLeaveRef.current = onLeave;
  }, [onLeave]);

  const request = useCallback(() => {
    const element = ref.current;
    if (!element || !document.fullscreenEnabled || document.fullscreenElement === element) return;
    // Refused without a gesture or by policy: the overlay already covers the window, nothing to repair.
    element.requestFullscreen().catch(() => undefined);
  }, [ref]);

  const retryOnGesture = useCallback(() => {
    if (retried.current || document.fullscreenElement === ref.current) return;
    retried.current = true;
    request();
  }, [ref, request]);

  useEffect(() => {
    const element = ref.current;
    const onChange = () => {
      const now = element !== null && document.fullscreenElement === element;
      if (wasActive.current && !now) onLeaveRef.current();
      wasActive.current = now;
      setActive(now);
    };
    document.addEventListener('fullscreenchange', onChange);
    request();
    return () => {
      document.removeEventListener('fullscreenchange', onChange);
      if (element && document.fullscreenElement === element) document.exitFullscreen().catch(() => undefined);
    };
  }, [ref, request]);

  return { active, supported: typeof document !== 'undefined' && document.fullscreenEnabled, request, retryOnGesture };
}
