/** Full-screen presentation of a journey, one stage at a time. Filled in by the presentation feature. */
export function PresentationView(_props: { journeyId: string }) {
  return null;
}
