import { axisLines } from './axis-lines';

interface AxisNameProps {
  /** Set by recharts when it clones the tick element. */
  x?: number | string;
  y?: number | string;
  payload?: { value?: unknown };
  width: number;
}

/** Roughly the width of one character at 12px: enough to wrap, the <title> holds the exact name. */
const CHAR_PX = 6.8;

/**
 * A category tick for long names ("Kundendienstleistungsabteilungsleitung"):
 * up to two right-aligned lines, the rest cut with an ellipsis, the full name
 * as a tooltip. SVG text does not wrap by itself.
 */
export function AxisName({ x = 0, y = 0, payload, width }: AxisNameProps) {
  const name = String(payload?.value ?? '');
  const lines = axisLines(name, Math.max(4, Math.floor(width / CHAR_PX)), 2);
  const top = Number(y) - ((lines.length - 1) * 14) / 2;
  return (
    <g transform={`translate(${Number(x)},${top})`}>
      <title>{name}</title>
      <text textAnchor="end" fill="#3b4654" fontSize={12} dominantBaseline="middle">
        {lines.map((line, i) => (
          <tspan key={i} x={-6} dy={i === 0 ? 0 : 14}>
            {line}
          </tspan>
        ))}
      </text>
    </g>
  );
}
