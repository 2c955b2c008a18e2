/** Globally unique row ids, created on the client that creates the row. */
export function newId(): string {
  return globalThis.crypto.randomUUID();
}
