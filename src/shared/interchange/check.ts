import type { FileBackstage, FileOffMapBackstage, FileOffMapTouchpoint, FileTouchpoint, JourneyFile } from './format';
import { problem, type FileProblem } from './problems';
import { KeyMaker, nameKey, slugify } from './refs';
import type { LineOf } from './schema-problems';
import { pairKey } from './to-file';

/**
 * What the schema cannot see: keys used twice, transitions, hand-offs and
 * links that point nowhere. Items written without a key get one made from
 * their title (a touchpoint added by hand needs none). Paths name the place,
 * the caller turns them into lines.
 */

type Path = (string | number)[];

export interface KeyedItem<T> {
  item: T;
  key: string;
  path: Path;
}

/** The file with every stage, touchpoint and backstage step keyed, in file order. */
export interface CheckedFile {
  file: JourneyFile;
  stageKeys: string[];
  /** [stage][step] → keyed touchpoints / backstage steps. */
  steps: { touchpoints: KeyedItem<FileTouchpoint>[]; backstage: KeyedItem<FileBackstage>[] }[][];
  offMapTouchpoints: KeyedItem<FileOffMapTouchpoint>[];
  offMapBackstage: KeyedItem<FileOffMapBackstage>[];
}

export function checkFile(
  file: JourneyFile,
  document = 1,
  lineOf: LineOf = () => null,
): { checked: CheckedFile; problems: FileProblem[] } {
  const problems: FileProblem[] = [];
  const report = (code: FileProblem['code'], path: Path, value: string, expected: string) =>
    problems.push(problem(code, path, { value, expected, document, line: lineOf(path) }));

  const stages = file.stages ?? [];
  const stageKeys = new KeyMaker();
  for (const [i, s] of stages.entries()) {
    if (s.key === undefined) continue;
    if (stageKeys.has(s.key)) report('duplicate_reference', ['stages', i, 'key'], s.key, 'stage keys');
    stageKeys.reserve(s.key);
  }
  const keys = stageKeys;
  const stageKeyList = stages.map((s) => s.key ?? keys.make(slugify(s.name, 'stage')));

  // One key space for touchpoints and backstage steps: a reference names exactly one thing.
  const items = new KeyMaker();
  const explicit: { key: string; path: Path }[] = [];
  stages.forEach((s, i) =>
    (s.steps ?? []).forEach((step, j) => {
      (step.touchpoints ?? []).forEach((tp, k) => {
        if (tp.key !== undefined)
          explicit.push({ key: tp.key, path: ['stages', i, 'steps', j, 'touchpoints', k, 'key'] });
      });
      (step.backstage ?? []).forEach((b, k) => {
        if (b.key !== undefined) explicit.push({ key: b.key, path: ['stages', i, 'steps', j, 'backstage', k, 'key'] });
      });
    }),
  );
  (file.off_map?.touchpoints ?? []).forEach((tp, k) => {
    if (tp.key !== undefined) explicit.push({ key: tp.key, path: ['off_map', 'touchpoints', k, 'key'] });
  });
  (file.off_map?.backstage ?? []).forEach((b, k) => {
    if (b.key !== undefined) explicit.push({ key: b.key, path: ['off_map', 'backstage', k, 'key'] });
  });
  for (const e of explicit) {
    if (items.has(e.key)) report('duplicate_reference', e.path, e.key, 'touchpoint and backstage keys');
    items.reserve(e.key);
  }

  const onMapTouchpoints = new Set<string>();
  const backstageKeys = new Set<string>();
  const steps = stages.map((s, i) =>
    (s.steps ?? []).map((step, j) => ({
      touchpoints: (step.touchpoints ?? []).map((tp, k) => {
        const key = tp.key ?? items.make(slugify(tp.title, 'touchpoint'));
        onMapTouchpoints.add(key);
        return { item: tp, key, path: ['stages', i, 'steps', j, 'touchpoints', k] };
      }),
      backstage: (step.backstage ?? []).map((b, k) => {
        const key = b.key ?? items.make(slugify(b.title, 'backstage'));
        backstageKeys.add(key);
        return { item: b, key, path: ['stages', i, 'steps', j, 'backstage', k] };
      }),
    })),
  );
  const offMapTouchpoints = (file.off_map?.touchpoints ?? []).map((tp, k) => {
    const key = tp.key ?? items.make(slugify(tp.title, 'touchpoint'));
    if (tp.stage !== undefined && !stageKeyList.includes(tp.stage))
      report('dangling_reference', ['off_map', 'touchpoints', k, 'stage'], tp.stage, 'stage');
    return { item: tp, key, path: ['off_map', 'touchpoints', k] as Path };
  });
  const offMapBackstage = (file.off_map?.backstage ?? []).map((b, k) => {
    const key = b.key ?? items.make(slugify(b.title, 'backstage'));
    backstageKeys.add(key);
    return { item: b, key, path: ['off_map', 'backstage', k] as Path };
  });

  for (const list of steps)
    for (const step of list)
      for (const b of step.backstage) {
        const seen = new Set<string>();
        (b.item.serves ?? []).forEach((key, n) => {
          const path = [...b.path, 'serves', n];
          if (!onMapTouchpoints.has(key)) report('dangling_reference', path, key, 'touchpoint');
          else if (seen.has(key)) report('duplicate_reference', path, key, 'the touchpoints a step serves');
          seen.add(key);
        });
      }

  const links = (list: 'transitions' | 'handoffs', targets: ReadonlySet<string>, kind: 'touchpoint' | 'backstage') => {
    const seen = new Set<string>();
    (file[list] ?? []).forEach((link, i) => {
      const dangling = (['from', 'to'] as const).filter((end) => !targets.has(link[end]));
      for (const end of dangling) report('dangling_reference', [list, i, end], link[end], kind);
      if (dangling.length > 0) return;
      if (link.from === link.to) report('self_reference', [list, i, 'to'], link.to, kind);
      else if (seen.has(pairKey(link.from, link.to)))
        report('duplicate_reference', [list, i], `${link.from} → ${link.to}`, list);
      seen.add(pairKey(link.from, link.to));
    });
  };
  links('transitions', onMapTouchpoints, 'touchpoint');
  links('handoffs', backstageKeys, 'backstage');

  const uniqueNames = (list: 'channels' | 'departments' | 'systems') => {
    const seen = new Set<string>();
    (file[list] ?? []).forEach((entry, i) => {
      if (seen.has(nameKey(entry.name))) report('duplicate_reference', [list, i, 'name'], entry.name, `${list} names`);
      seen.add(nameKey(entry.name));
    });
  };
  uniqueNames('channels');
  uniqueNames('departments');
  uniqueNames('systems');
  const factKeys = new Set<string>();
  (file.facts ?? []).forEach((f, i) => {
    if (factKeys.has(f.key)) report('duplicate_reference', ['facts', i, 'key'], f.key, 'fact keys');
    factKeys.add(f.key);
  });

  return { checked: { file, stageKeys: stageKeyList, steps, offMapTouchpoints, offMapBackstage }, problems };
}
