/** Workshop capture board: sticky notes per stage. Filled in by the workshop feature. */
export function WorkshopBoard(_props: { journeyId: string }) {
  return null;
}
