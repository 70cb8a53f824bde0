import { describe, expect, it } from 'vitest';
import { deployConfig } from '../../../src/lib/deploy/config';
import { formatReleaseList, parseReleaseList, releaseName, RELEASE_NAME } from '../../../src/lib/deploy/release';
import { rsyncArgs } from '../../../src/lib/deploy/remote';

const KEY = '-----BEGIN OPENSSH PRIVATE KEY-----\nabc\n-----END OPENSSH PRIVATE KEY-----';
const HOSTS = 'www.example.gov.cn ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIExample';
const env = {
  DEPLOY_TARGET: 'publish@www.example.gov.cn',
  DEPLOY_SSH_KEY: KEY,
  DEPLOY_KNOWN_HOSTS: HOSTS,
  DEPLOY_URL: 'https://www.example.gov.cn/',
};

describe('release names', () => {
  it('name a release by its UTC time and commit, so that names sort by time', () => {
    const name = releaseName(new Date('2026-12-07T03:15:09.123Z'), '1a2b3c4d5e6f7a8b9c0d1a2b3c4d5e6f7a8b9c0d');
    expect(name).toBe('20261207T031509Z-1a2b3c4d5e6f');
    expect(RELEASE_NAME.test(name)).toBe(true);
    expect(releaseName(new Date('2026-12-07T03:15:10Z'), 'ffffff0') > name).toBe(true);
  });

  it('refuse anything but a commit hash, so no path can hide in a name', () => {
    expect(() => releaseName(new Date(), '../../etc')).toThrow();
  });
});

describe('the host’s list of releases', () => {
  const text = [
    '20261207T031509Z-1a2b3c4d5e6f\t-\t{"release":"20261207T031509Z-1a2b3c4d5e6f","commit":"1a2b3c4d5e6f7a8b","publishedAt":"2026-12-07T03:15:09.000Z","source":"main 流水线 12"}',
    '20261208T010000Z-abcdef123456\tcurrent\t{}',
    'not-a-release\t-\t{}',
    '',
  ].join('\n');

  it('keeps release folders only and marks the live one', () => {
    const list = parseReleaseList(text);
    expect(list.map((e) => [e.name, e.current, Boolean(e.manifest)])).toEqual([
      ['20261207T031509Z-1a2b3c4d5e6f', false, true],
      ['20261208T010000Z-abcdef123456', true, false],
    ]);
  });

  it('prints newest first, in Beijing time, with commit and source', () => {
    expect(formatReleaseList(parseReleaseList(text))).toMatchInlineSnapshot(`
      "网站主机上保留的版本（新的在上，时间为北京时间）：
      → 当前  20261208T010000Z-abcdef123456  提交 abcdef123456  发布于 （无记录）
              20261207T031509Z-1a2b3c4d5e6f  提交 1a2b3c4d5e6f  发布于 2026/12/7 11:15:09  来自 main 流水线 12"
    `);
    expect(formatReleaseList([])).toBe('网站主机上还没有发布过的版本。');
  });
});

describe('the deploy settings from the CI variables', () => {
  it('reads a complete set, with the defaults for port and releases kept', () => {
    const config = deployConfig(env);
    expect(config).toMatchObject({ target: 'publish@www.example.gov.cn', port: 22, keep: 5, url: 'https://www.example.gov.cn' });
  });

  it('names each missing or wrong variable in Chinese and never guesses', () => {
    const result = deployConfig({ DEPLOY_URL: 'www.example.gov.cn', DEPLOY_KEEP: '1' });
    expect('problems' in result && result.problems).toMatchInlineSnapshot(`
      [
        "缺少 CI 变量 DEPLOY_TARGET（网站主机的发布账号，如 publish@www.example.gov.cn）。请在 CI 的变量设置里添加，不要写进仓库。",
        "缺少 CI 变量 DEPLOY_SSH_KEY（发布用 SSH 私钥（内容或文件路径））。请在 CI 的变量设置里添加，不要写进仓库。",
        "缺少 CI 变量 DEPLOY_KNOWN_HOSTS（网站主机的 SSH 主机公钥（known_hosts 行，内容或文件路径））。请在 CI 的变量设置里添加，不要写进仓库。",
        "CI 变量 DEPLOY_KEEP 应是不小于 2 的整数（保留的版本数），现在是「1」。",
        "CI 变量 DEPLOY_URL 应是以 https:// 开头的网址，现在是「www.example.gov.cn」。",
      ]
    `);
  });

  it('refuses a public key given as the private key and a fingerprint given as known_hosts', () => {
    const result = deployConfig({ ...env, DEPLOY_SSH_KEY: 'ssh-ed25519 AAAA… ci', DEPLOY_KNOWN_HOSTS: 'SHA256:abc' });
    expect('problems' in result && result.problems.length).toBe(2);
  });
});

describe('the upload', () => {
  it('sends files by checksum without their times, readable by all, hard-linked against the live release', () => {
    const args = rsyncArgs(
      ['-p', '2222'],
      'publish@host',
      ['dist', '/tmp/x/'],
      '20261207T031509Z-1a2b3c4d5e6f',
      '20261206T000000Z-abcdef1',
    );
    expect(args).toContain('--checksum');
    expect(args).not.toContain('--times');
    expect(args).toContain('--chmod=D755,F644');
    expect(args).toContain('--link-dest=/20261206T000000Z-abcdef1/');
    expect(args.slice(-3)).toEqual(['dist/', '/tmp/x/', 'publish@host:20261207T031509Z-1a2b3c4d5e6f/']);
  });
});
