import { useTranslation } from 'react-i18next';
import { icons } from '../../ui/icons';
import { SectionPlaceholder } from '../../ui/SectionPlaceholder';

/** Not built yet: says honestly what this section will hold and points to the journeys. */
export function CoveragePage() {
  const { t } = useTranslation();
  return (
    <SectionPlaceholder
      title={t('sections.coverage.title')}
      emptyTitle={t('sections.coverage.emptyTitle')}
      text={t('sections.coverage.emptyText')}
      next={t('sections.coverage.next')}
      icon={icons.coverage}
    />
  );
}
