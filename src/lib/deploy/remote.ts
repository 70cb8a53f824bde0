/**
 * The web host over SSH: every call runs one line of deploy/publish-shell.sh (the forced command
 * of the CI's key), uploads go through rsync. The key and the pinned host key live in a private
 * temporary folder for the length of one deploy and are removed with it.
 */
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { DeployConfig } from './config';

export interface Remote {
  /** Runs `command` on the host and returns what it printed. */
  run(command: string): Promise<string>;
  /** Uploads the contents of each source folder into releases/<name>/, hard-linking files unchanged since `linkDest`. */
  upload(sources: string[], name: string, linkDest?: string): Promise<void>;
  close(): void;
}

interface Result {
  code: number | null;
  stdout: string;
  stderr: string;
}

function exec(command: string, args: string[], inherit = false): Promise<Result> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', inherit ? 'inherit' : 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout?.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** The ssh options every call uses: only this key, only the pinned host key, never a prompt. */
export function sshOptions(config: DeployConfig, keyFile: string, knownHostsFile: string, controlPath?: string): string[] {
  return [
    // One connection for the whole deploy: each handshake costs a second or more on a busy host.
    ...(controlPath ? ['-o', 'ControlMaster=auto', '-o', `ControlPath=${controlPath}`, '-o', 'ControlPersist=120'] : []),
    '-F',
    'none',
    '-p',
    String(config.port),
    '-i',
    keyFile,
    '-o',
    'IdentitiesOnly=yes',
    '-o',
    `UserKnownHostsFile=${knownHostsFile}`,
    '-o',
    'GlobalKnownHostsFile=/dev/null',
    '-o',
    'StrictHostKeyChecking=yes',
    '-o',
    'BatchMode=yes',
    '-o',
    'ConnectTimeout=20',
    '-o',
    'LogLevel=ERROR',
  ];
}

/** rsync's arguments: files without their times (a fresh build's times are all new) compared by checksum. */
export function rsyncArgs(ssh: string[], target: string, sources: string[], name: string, linkDest?: string): string[] {
  return [
    '--recursive',
    '--checksum',
    '--perms',
    '--chmod=D755,F644',
    '--compress',
    // The forced command's rrsync reads a leading slash as the root of releases/.
    ...(linkDest ? [`--link-dest=/${linkDest}/`] : []),
    '-e',
    ['ssh', ...ssh].map((a) => (/[\s"']/.test(a) ? `'${a}'` : a)).join(' '),
    ...sources.map((s) => `${s.replace(/\/+$/, '')}/`),
    `${target}:${name}/`,
  ];
}

export function connect(config: DeployConfig): Remote {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bz-deploy-'));
  const keyFile = path.join(dir, 'key');
  const knownHostsFile = path.join(dir, 'known_hosts');
  fs.writeFileSync(keyFile, config.sshKey, { mode: 0o600 });
  fs.writeFileSync(knownHostsFile, config.knownHosts, { mode: 0o600 });
  const ssh = sshOptions(config, keyFile, knownHostsFile, path.join(dir, 'control'));
  // The shared connection, opened in the background with no pipes of ours (it outlives the call);
  // when it cannot be made, each call below connects by itself and reports why.
  spawnSync('ssh', [...ssh, '-f', '-N', config.target], { stdio: 'ignore', timeout: 30_000 });
  const failed = (what: string, r: Result) =>
    new Error(`${what}失败（退出码 ${r.code}）：${(r.stderr || r.stdout).trim() || '没有输出'}`);
  return {
    async run(command) {
      const r = await exec('ssh', [...ssh, config.target, command]);
      if (r.code !== 0) throw failed(`在网站主机上执行「${command}」`, r);
      return r.stdout;
    },
    async upload(sources, name, linkDest) {
      const r = await exec('rsync', rsyncArgs(ssh, config.target, sources, name, linkDest));
      if (r.code !== 0) throw failed('上传（rsync）', r);
    },
    close() {
      spawnSync('ssh', [...ssh, '-O', 'exit', config.target], { stdio: 'ignore' });
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
