/** The journey's export actions (PDF, PNG, Mermaid). Filled in by the export feature. */
export function JourneyExportMenu(_props: { journeyId: string }) {
  return null;
}
