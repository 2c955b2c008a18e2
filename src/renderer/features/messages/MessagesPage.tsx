import { useTranslation } from 'react-i18next';
import { icons } from '../../ui/icons';
import { SectionPlaceholder } from '../../ui/SectionPlaceholder';

/** Not built yet: says honestly what this section will hold and points to the journeys. */
export function MessagesPage() {
  const { t } = useTranslation();
  return (
    <SectionPlaceholder
      title={t('sections.messages.title')}
      emptyTitle={t('sections.messages.emptyTitle')}
      text={t('sections.messages.emptyText')}
      next={t('sections.messages.next')}
      icon={icons.messages}
    />
  );
}
