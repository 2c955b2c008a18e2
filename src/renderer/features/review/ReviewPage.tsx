import { useTranslation } from 'react-i18next';
import { icons } from '../../ui/icons';
import { SectionPlaceholder } from '../../ui/SectionPlaceholder';

/** Not built yet: says honestly what this section will hold and points to the journeys. */
export function ReviewPage() {
  const { t } = useTranslation();
  return (
    <SectionPlaceholder
      title={t('sections.review.title')}
      emptyTitle={t('sections.review.emptyTitle')}
      text={t('sections.review.emptyText')}
      next={t('sections.review.next')}
      icon={icons.review}
    />
  );
}
