import { useEffect, useRef } from 'react';

interface ColourInputProps {
  value: string;
  label: string;
  onCommit: (next: string) => void;
}

/**
 * A colour picker that saves once the user has chosen (the native `change`
 * event), not on every step while dragging through the picker.
 */
export function ColourInput({ value, label, onCommit }: ColourInputProps) {
  const ref = useRef<HTMLInputElement>(null);
  const latest = useRef({ value, onCommit });
  useEffect(() => {
    latest.current = { value, onCommit };
  });

  useEffect(() => {
    const input = ref.current;
    if (!input) return;
    input.value = value;
  }, [value]);

  useEffect(() => {
    const input = ref.current;
    if (!input) return;
    const onChange = () => {
      const next = input.value.toLowerCase();
      if (next !== latest.current.value.toLowerCase()) latest.current.onCommit(next);
    };
    input.addEventListener('change', onChange);
    return () => input.removeEventListener('change', onChange);
  }, []);

  return <input ref={ref} type="color" className="colour-input" aria-label={label} defaultValue={value} />;
}
