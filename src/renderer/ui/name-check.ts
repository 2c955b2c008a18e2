/**
 * What a name field says about the name being typed: a name the catalogue
 * refuses (another department is called that), or one it takes with a warning
 * (another journey or stage of that name). Null when the name is fine.
 */
export type NameCheck = (name: string) => { refuse: boolean; text: string } | null;
