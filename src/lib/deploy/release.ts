/** Release names, the manifest written into each release, and the host's list of releases. */

/** Served at the root of every release: which build is live. */
export const MANIFEST_FILE = 'release-info.json';

export interface ReleaseManifest {
  /** The release folder's name: `<UTC time>-<commit>`. */
  release: string;
  /** The full commit hash the build was made from. */
  commit: string;
  /** When the release was uploaded (ISO 8601, UTC). */
  publishedAt: string;
  /** The branch or pipeline it came from, when the CI says. */
  source?: string;
}

export interface ReleaseEntry {
  name: string;
  current: boolean;
  manifest?: ReleaseManifest;
}

export const RELEASE_NAME = /^\d{8}T\d{6}Z-[0-9a-f]{7,40}$/;

/** `20261207T031500Z-1a2b3c4d`: sorts by time, says the commit. */
export function releaseName(date: Date, commit: string): string {
  if (!/^[0-9a-f]{7,40}$/.test(commit)) throw new Error(`not a commit hash: ${commit}`);
  const time = date
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d+Z$/, 'Z');
  return `${time}-${commit.slice(0, 12)}`;
}

/** Parses the host's `list` answer: one `name<TAB>current|-<TAB>manifest JSON` line a release. */
export function parseReleaseList(text: string): ReleaseEntry[] {
  return text
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => {
      const [name = '', flag, json = '{}'] = line.split('\t');
      let manifest: ReleaseManifest | undefined;
      try {
        const parsed = JSON.parse(json) as Partial<ReleaseManifest>;
        if (parsed.release && parsed.commit) manifest = parsed as ReleaseManifest;
      } catch {
        manifest = undefined;
      }
      return { name, current: flag === 'current', manifest };
    })
    .filter((entry) => RELEASE_NAME.test(entry.name));
}

const shanghai = new Intl.DateTimeFormat('zh-CN', {
  timeZone: 'Asia/Shanghai',
  dateStyle: 'short',
  timeStyle: 'medium',
  hourCycle: 'h23',
});

/** The table `npm run deploy -- --list` prints, newest first, times in Beijing time. */
export function formatReleaseList(entries: ReleaseEntry[]): string {
  if (!entries.length) return '网站主机上还没有发布过的版本。';
  const lines = [...entries].reverse().map((e) => {
    const when = e.manifest ? shanghai.format(new Date(e.manifest.publishedAt)) : '（无记录）';
    const commit = e.manifest?.commit.slice(0, 12) ?? e.name.split('-')[1];
    return `${e.current ? '→ 当前' : '      '}  ${e.name}  提交 ${commit}  发布于 ${when}${e.manifest?.source ? `  来自 ${e.manifest.source}` : ''}`;
  });
  return ['网站主机上保留的版本（新的在上，时间为北京时间）：', ...lines].join('\n');
}
