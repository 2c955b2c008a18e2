import type { ReactNode } from 'react';

/** Small line icons of the map (decorative; the text or label next to them carries the meaning). */
function Glyph({ children, size = 14 }: { children: ReactNode; size?: number }) {
  return (
    <svg
      width={size}
      height={size}
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      {children}
    </svg>
  );
}

export const mapIcons = {
  pain: (
    <Glyph>
      <path d="M12 3 2.5 20h19L12 3Z" />
      <path d="M12 10v4M12 17v.01" />
    </Glyph>
  ),
  system: (
    <Glyph size={12}>
      <rect x="4" y="4" width="16" height="6" rx="1.5" />
      <rect x="4" y="14" width="16" height="6" rx="1.5" />
      <path d="M8 7h.01M8 17h.01" />
    </Glyph>
  ),
  link: (
    <Glyph size={12}>
      <path d="M10 14a4 4 0 0 0 5.7 0l3-3a4 4 0 0 0-5.7-5.7l-1 1" />
      <path d="M14 10a4 4 0 0 0-5.7 0l-3 3a4 4 0 0 0 5.7 5.7l1-1" />
    </Glyph>
  ),
  layers: (
    <Glyph size={16}>
      <path d="m12 3 9 5-9 5-9-5 9-5Z" />
      <path d="m3 13 9 5 9-5" />
    </Glyph>
  ),
  thought: (
    <Glyph size={12}>
      <path d="M5 11a7 6 0 1 1 4 5.5L5 19l1-3.5A6 6 0 0 1 5 11Z" />
    </Glyph>
  ),
  backChannel: (
    <Glyph>
      <path d="M9 14 4 9l5-5" />
      <path d="M4 9h11a5 5 0 0 1 0 10h-4" />
    </Glyph>
  ),
  history: (
    <Glyph>
      <circle cx="12" cy="12" r="8" />
      <path d="M12 8v4l3 2" />
    </Glyph>
  ),
  connect: (
    <Glyph size={16}>
      <circle cx="5" cy="12" r="2.5" />
      <circle cx="19" cy="12" r="2.5" />
      <path d="M7.5 12h9" />
      <path d="m14 9 3 3-3 3" />
    </Glyph>
  ),
  zoomIn: (
    <Glyph size={16}>
      <circle cx="11" cy="11" r="6.5" />
      <path d="m20 20-4.2-4.2M11 8v6M8 11h6" />
    </Glyph>
  ),
  zoomOut: (
    <Glyph size={16}>
      <circle cx="11" cy="11" r="6.5" />
      <path d="m20 20-4.2-4.2M8 11h6" />
    </Glyph>
  ),
  fit: (
    <Glyph size={16}>
      <path d="M4 9V4h5M20 9V4h-5M4 15v5h5M20 15v5h-5" />
    </Glyph>
  ),
  overview: (
    <Glyph size={16}>
      <rect x="3" y="5" width="18" height="14" rx="2" />
      <rect x="12" y="11" width="7" height="6" rx="1" />
    </Glyph>
  ),
  search: (
    <Glyph size={16}>
      <circle cx="11" cy="11" r="6.5" />
      <path d="m20 20-4.2-4.2" />
    </Glyph>
  ),
  close: (
    <Glyph size={16}>
      <path d="M6 6l12 12M18 6 6 18" />
    </Glyph>
  ),
  move: (
    <Glyph size={16}>
      <path d="M12 3v18M3 12h18M12 3l-3 3M12 3l3 3M12 21l-3-3M12 21l3-3M3 12l3-3M3 12l3 3M21 12l-3-3M21 12l-3 3" />
    </Glyph>
  ),
  warning: (
    <Glyph size={12}>
      <path d="M12 4 2.5 20h19z" />
      <path d="M12 10v4M12 17h.01" />
    </Glyph>
  ),
  online: (
    <Glyph size={12}>
      <circle cx="12" cy="12" r="8" />
      <path d="M4 12h16M12 4a12 12 0 0 1 0 16M12 4a12 12 0 0 0 0 16" />
    </Glyph>
  ),
  offline: (
    <Glyph size={12}>
      <path d="M4 20V9l8-5 8 5v11" />
      <path d="M9 20v-6h6v6" />
    </Glyph>
  ),
};
