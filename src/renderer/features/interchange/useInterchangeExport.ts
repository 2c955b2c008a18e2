import { useTranslation } from 'react-i18next';
import { useServices, useSession } from '../../app/ServicesContext';
import { downloadBase64, downloadText } from '../../lib/download';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Journey files and workbooks, made on the desktop side and saved as downloads. Resolves to the file name. */
export function useInterchangeExport() {
  const { i18n } = useTranslation();
  const { api } = useServices();
  const workspaceId = useSession((s) => s.workspaceId);
  const language = i18n.language.startsWith('de') ? 'de' : 'en';
  return {
    /** One journey, or (null) every active journey, as a YAML journey file. */
    async yaml(journeyId: string | null): Promise<string | null> {
      if (!workspaceId) return null;
      const file = await api['interchange.exportYaml']({ workspaceId, journeyId });
      downloadText(file.fileName, file.content, 'application/yaml;charset=utf-8');
      return file.fileName;
    },
    async xlsx(journeyId: string): Promise<string | null> {
      if (!workspaceId) return null;
      const file = await api['interchange.exportXlsx']({ workspaceId, journeyId, language });
      downloadBase64(file.fileName, file.base64, XLSX);
      return file.fileName;
    },
    async template(lang: 'de' | 'en'): Promise<string | null> {
      if (!workspaceId) return null;
      const file = await api['interchange.sheetTemplate']({ workspaceId, language: lang });
      downloadBase64(file.fileName, file.base64, XLSX);
      return file.fileName;
    },
  };
}
