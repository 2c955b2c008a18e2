import type { ReactNode } from 'react';

/** Line icons (24×24, stroke), decorative: the text next to them carries the meaning. */
function Icon({ children, size = 18 }: { children: ReactNode; size?: number }) {
  return (
    <svg
      width={size}
      height={size}
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.8"
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      {children}
    </svg>
  );
}

export const icons = {
  journeys: (
    <Icon>
      <circle cx="5" cy="18" r="2" />
      <circle cx="19" cy="6" r="2" />
      <path d="M7 18h7a3 3 0 0 0 0-6h-4a3 3 0 0 1 0-6h7" />
    </Icon>
  ),
  messages: (
    <Icon>
      <path d="M4 5h16v11H9l-5 4z" />
      <path d="M8 9h8M8 12h5" />
    </Icon>
  ),
  coverage: (
    <Icon>
      <rect x="4" y="4" width="7" height="7" rx="1" />
      <rect x="13" y="4" width="7" height="7" rx="1" />
      <rect x="4" y="13" width="7" height="7" rx="1" />
      <path d="M13 16.5h7M16.5 13v7" />
    </Icon>
  ),
  review: (
    <Icon>
      <path d="M9 4h6l1 2h3v14H5V6h3z" />
      <path d="m9 13 2 2 4-4" />
    </Icon>
  ),
  settings: (
    <Icon>
      <circle cx="12" cy="12" r="3" />
      <path d="M12 3v2.5M12 18.5V21M3 12h2.5M18.5 12H21M5.6 5.6l1.8 1.8M16.6 16.6l1.8 1.8M5.6 18.4l1.8-1.8M16.6 7.4l1.8-1.8" />
    </Icon>
  ),
  undo: (
    <Icon size={16}>
      <path d="M9 14 4 9l5-5" />
      <path d="M4 9h10a6 6 0 0 1 0 12h-3" />
    </Icon>
  ),
  redo: (
    <Icon size={16}>
      <path d="m15 14 5-5-5-5" />
      <path d="M20 9H10a6 6 0 0 0 0 12h3" />
    </Icon>
  ),
  up: (
    <Icon size={16}>
      <path d="m6 15 6-6 6 6" />
    </Icon>
  ),
  down: (
    <Icon size={16}>
      <path d="m6 9 6 6 6-6" />
    </Icon>
  ),
  remove: (
    <Icon size={16}>
      <path d="M6 6l12 12M18 6 6 18" />
    </Icon>
  ),
  plus: (
    <Icon size={16}>
      <path d="M12 5v14M5 12h14" />
    </Icon>
  ),
  chevron: (
    <Icon size={16}>
      <path d="m7 10 5 5 5-5" />
    </Icon>
  ),
  back: (
    <Icon size={16}>
      <path d="M15 6l-6 6 6 6" />
    </Icon>
  ),
  warning: (
    <Icon size={16}>
      <path d="M12 4 2.5 20h19z" />
      <path d="M12 10v4M12 17h.01" />
    </Icon>
  ),
  check: (
    <Icon size={16}>
      <path d="m5 12 5 5 9-10" />
    </Icon>
  ),
  present: (
    <Icon size={16}>
      <rect x="3" y="4" width="18" height="12" rx="1" />
      <path d="M12 16v4M8 20h8M10 8l4 2-4 2z" />
    </Icon>
  ),
  workshop: (
    <Icon size={16}>
      <rect x="4" y="4" width="7" height="7" />
      <rect x="13" y="6" width="7" height="7" />
      <rect x="6" y="13" width="7" height="7" />
    </Icon>
  ),
  download: (
    <Icon size={16}>
      <path d="M12 4v11M7 10l5 5 5-5M5 20h14" />
    </Icon>
  ),
  archive: (
    <Icon size={16}>
      <rect x="3" y="4" width="18" height="5" rx="1" />
      <path d="M5 9v10h14V9M10 13h4" />
    </Icon>
  ),
};
