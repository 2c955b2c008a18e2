import { useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../app/ServicesContext';
import { EmptyState } from '../../ui/EmptyState';
import { icons } from '../../ui/icons';
import { PageHeader } from '../../ui/PageHeader';
import { SectionPlaceholder } from '../../ui/SectionPlaceholder';
import { Tabs } from '../../ui/Tabs';
import { DepartmentsPanel } from './DepartmentsPanel';
import { ExportButtons } from './ExportButtons';
import { FindingsList } from './FindingsList';
import { MatrixPanel } from './MatrixPanel';
import { useOpenJourney } from './open-journey';
import { OverviewPanel } from './OverviewPanel';
import { ScopePicker } from './ScopePicker';
import { viewOf, type Scope } from './scope';
import { TrendPanel } from './TrendPanel';
import { useCoverageData } from './useCoverageData';
import { TABS, useViewState, type CoverageTab } from './view-state';
import './coverage.css';

/** The coverage dashboard: maturity, matrix, departments, findings and trend, per journey or for the workspace. */
export function CoveragePage() {
  const { t, i18n } = useTranslation();
  const workspaceId = useSession((s) => s.workspaceId);
  const [view, setView] = useViewState(workspaceId);
  const loaded = useCoverageData();
  const openJourney = useOpenJourney();

  // A journey picked earlier may since have been deleted or archived: fall back to the workspace.
  const scope: Scope = useMemo(() => {
    const chosen = view.scope;
    if (chosen.kind === 'journey' && loaded && !loaded.names.journeyList.some((j) => j.id === chosen.journeyId))
      return { kind: 'workspace' };
    return chosen;
  }, [view.scope, loaded]);
  const scoped = useMemo(() => (loaded ? viewOf(loaded.analysis, scope) : null), [loaded, scope]);

  if (!loaded) {
    return (
      <>
        <PageHeader title={t('coverage.title')} />
        <p aria-busy="true">{t('coverage.loading')}</p>
      </>
    );
  }
  const { names } = loaded;
  if (names.journeyList.length === 0 || !scoped) {
    return (
      <SectionPlaceholder
        title={t('coverage.title')}
        emptyTitle={t('sections.coverage.emptyTitle')}
        text={t('sections.coverage.emptyText')}
        next={t('sections.coverage.next')}
        icon={icons.coverage}
      />
    );
  }

  const scopeName =
    scope.kind === 'journey'
      ? names.journeys.get(scope.journeyId) || t('coverage.unnamedJourney')
      : t('coverage.wholeWorkspace');
  const count = new Intl.NumberFormat(i18n.language);
  const showJourney = (journeyId: string) => setView({ scope: { kind: 'journey', journeyId } });
  const tabTitle = (key: CoverageTab) =>
    key === 'findings'
      ? `${t('coverage.tabs.findings')} (${count.format(scoped.findings.length)})`
      : t(`coverage.tabs.${key}`);

  let body;
  if (scoped.empty) {
    body =
      scope.kind === 'journey' ? (
        <EmptyState
          title={t('coverage.empty.noTouchpointsTitle')}
          icon={icons.coverage}
          action={
            <button type="button" className="button primary" onClick={() => openJourney(scope.journeyId)}>
              {t('coverage.empty.openJourney')}
            </button>
          }
        >
          <p>{t('coverage.empty.noTouchpointsText')}</p>
        </EmptyState>
      ) : (
        <EmptyState title={t('coverage.empty.workspaceTitle')} icon={icons.coverage}>
          <p>{t('coverage.empty.workspaceText', { count: names.journeyList.length })}</p>
        </EmptyState>
      );
  } else {
    const panels: Record<CoverageTab, () => ReactNode> = {
      overview: () => (
        <OverviewPanel
          view={scoped}
          names={names}
          onShowJourney={showJourney}
          onShowFindings={() => setView({ tab: 'findings' })}
        />
      ),
      matrix: () => (
        <MatrixPanel
          view={scoped}
          names={names}
          onlyUsed={view.onlyUsedChannels}
          onOnlyUsed={(onlyUsedChannels) => setView({ onlyUsedChannels })}
        />
      ),
      departments: () => <DepartmentsPanel view={scoped} names={names} />,
      findings: () => (
        <FindingsList key={scope.kind === 'journey' ? scope.journeyId : ''} view={scoped} names={names} />
      ),
      trend: () => <TrendPanel scope={scope} />,
    };
    body = (
      <Tabs
        label={t('coverage.tabsLabel')}
        idPrefix="coverage"
        selected={view.tab}
        onSelect={(tab) => setView({ tab })}
        tabs={TABS.map((key) => ({ key, title: tabTitle(key) }))}
      >
        {panels[view.tab]()}
      </Tabs>
    );
  }

  return (
    <div className="coverage-page">
      <PageHeader
        title={t('coverage.title')}
        intro={t('coverage.intro')}
        actions={scoped.empty ? null : <ExportButtons view={scoped} names={names} scopeName={scopeName} />}
      />
      <ScopePicker scope={scope} journeys={names.journeyList} onChange={(next) => setView({ scope: next })} />
      {body}
    </div>
  );
}
