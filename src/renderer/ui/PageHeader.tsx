import { useEffect, useRef, type ReactNode } from 'react';

interface PageHeaderProps {
  title: string;
  intro?: ReactNode;
  actions?: ReactNode;
  /** Above the title, e.g. a way back. */
  before?: ReactNode;
}

/** The page title; it takes focus when the page opens so screen readers announce where the user is. */
export function PageHeader({ title, intro, actions, before }: PageHeaderProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    const active = document.activeElement;
    // Keep focus where the user put it inside the page (e.g. a form field).
    if (!active || active === document.body || active.closest('.sidebar'))
      heading.current?.focus({ preventScroll: true });
  }, []);
  return (
    <header className="page-header">
      {before}
      <div className="page-header-row">
        <h1 ref={heading} tabIndex={-1}>
          {title}
        </h1>
        {actions ? <div className="page-actions">{actions}</div> : null}
      </div>
      {intro ? <p className="page-intro">{intro}</p> : null}
    </header>
  );
}
