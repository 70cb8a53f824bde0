/**
 * Where `npm run deploy` publishes, read from the CI's variables (never from the repository):
 * the SSH key and the pinned host key come as text or, as GitLab's "File" variables do, as the
 * path of a file holding it.
 */
import fs from 'node:fs';

export interface DeployConfig {
  /** user@host of the web host's publishing account. */
  target: string;
  port: number;
  /** The private key (OpenSSH format) whose public half is in the host's authorized_keys. */
  sshKey: string;
  /** known_hosts lines for the host: the only host key accepted. */
  knownHosts: string;
  /** The public address the health check reads, e.g. https://www.example.gov.cn */
  url: string;
  /** How many releases stay on the host (at least 2: the live one and one to go back to). */
  keep: number;
}

export const DEPLOY_VARIABLES = {
  DEPLOY_TARGET: '网站主机的发布账号，如 publish@www.example.gov.cn',
  DEPLOY_SSH_KEY: '发布用 SSH 私钥（内容或文件路径）',
  DEPLOY_KNOWN_HOSTS: '网站主机的 SSH 主机公钥（known_hosts 行，内容或文件路径）',
  DEPLOY_URL: '网站的公开地址，如 https://www.example.gov.cn',
} as const;

const textOrFile = (value: string) => (!value.includes('\n') && fs.existsSync(value) ? fs.readFileSync(value, 'utf8') : value);

/** The configuration, or the Chinese sentences that say which variable is missing or wrong. */
export function deployConfig(env: NodeJS.ProcessEnv = process.env): DeployConfig | { problems: string[] } {
  const problems: string[] = [];
  for (const [name, meaning] of Object.entries(DEPLOY_VARIABLES))
    if (!env[name]?.trim()) problems.push(`缺少 CI 变量 ${name}（${meaning}）。请在 CI 的变量设置里添加，不要写进仓库。`);
  const port = Number(env.DEPLOY_PORT ?? '22');
  if (!Number.isInteger(port) || port < 1 || port > 65535)
    problems.push(`CI 变量 DEPLOY_PORT 应是 1–65535 的端口号，现在是「${env.DEPLOY_PORT}」。`);
  const keep = Number(env.DEPLOY_KEEP ?? '5');
  if (!Number.isInteger(keep) || keep < 2)
    problems.push(`CI 变量 DEPLOY_KEEP 应是不小于 2 的整数（保留的版本数），现在是「${env.DEPLOY_KEEP}」。`);
  if (env.DEPLOY_URL && !/^https?:\/\/[^/\s]+/.test(env.DEPLOY_URL))
    problems.push(`CI 变量 DEPLOY_URL 应是以 https:// 开头的网址，现在是「${env.DEPLOY_URL}」。`);
  if (problems.length) return { problems };
  const sshKey = textOrFile(env.DEPLOY_SSH_KEY!.trim());
  const knownHosts = textOrFile(env.DEPLOY_KNOWN_HOSTS!.trim());
  if (!/-----BEGIN [A-Z ]*PRIVATE KEY-----/.test(sshKey))
    problems.push('CI 变量 DEPLOY_SSH_KEY 不是 SSH 私钥：应以「-----BEGIN OPENSSH PRIVATE KEY-----」开头。');
  if (!/^\S+\s+(ssh-|ecdsa-)\S+\s+\S+/m.test(knownHosts))
    problems.push(
      'CI 变量 DEPLOY_KNOWN_HOSTS 不是 known_hosts 行：应形如「www.example.gov.cn ssh-ed25519 AAAA…」（ssh-keyscan 的输出，核对指纹后再填）。',
    );
  if (problems.length) return { problems };
  return {
    target: env.DEPLOY_TARGET!.trim(),
    port,
    sshKey: sshKey.endsWith('\n') ? sshKey : `${sshKey}\n`,
    knownHosts: `${knownHosts}\n`,
    url: env.DEPLOY_URL!.trim().replace(/\/+$/, ''),
    keep,
  };
}
