/**
 * Debian's OpenSSH server on a port of 127.0.0.1, standing in for the web host: its own
 * sshd_config, host key and authorized_keys in a temporary folder (nothing under /etc is read or
 * touched), and a throwaway client key whose only use is deploy/publish-shell.sh on `siteRoot`,
 * exactly as README「发布」 tells a host's administrator to set it up.
 */
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

export const SSHD = process.env.SSHD_PATH ?? '/usr/sbin/sshd';

export interface SshHost {
  port: number;
  /** user@127.0.0.1 */
  target: string;
  /** The client's private key file and the known_hosts file pinning this server's key. */
  keyFile: string;
  knownHostsFile: string;
  /** ssh options to run a command with the publishing key, as deploy does. */
  sshArgs: string[];
  log(): string;
  close(): Promise<void>;
}

async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

export async function startSshHost(siteRoot: string): Promise<SshHost> {
  if (!fs.existsSync(SSHD)) throw new Error(`${SSHD} not found: apt-get install openssh-server (or set SSHD_PATH).`);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bz-sshd-'));
  const keygen = (file: string, comment: string) =>
    execFileSync('ssh-keygen', ['-q', '-t', 'ed25519', '-N', '', '-C', comment, '-f', file]);
  keygen(path.join(dir, 'host_key'), 'test-host');
  keygen(path.join(dir, 'client_key'), 'ci-publish');
  const forced = path.resolve('deploy/publish-shell.sh');
  const publicKey = fs.readFileSync(path.join(dir, 'client_key.pub'), 'utf8').trim();
  fs.writeFileSync(path.join(dir, 'authorized_keys'), `restrict,command="${forced} ${siteRoot}" ${publicKey}\n`, { mode: 0o600 });
  const port = await freePort();
  const user = os.userInfo().username;
  // The privilege-separation folder Debian's sshd expects (created by its service otherwise).
  if (process.getuid?.() === 0) fs.mkdirSync('/run/sshd', { recursive: true, mode: 0o755 });
  const config = [
    `Port ${port}`,
    'ListenAddress 127.0.0.1',
    `HostKey ${dir}/host_key`,
    `PidFile ${dir}/sshd.pid`,
    `AuthorizedKeysFile ${dir}/authorized_keys`,
    // The key files live under /tmp (world-writable) rather than in a home directory.
    'StrictModes no',
    'PasswordAuthentication no',
    'KbdInteractiveAuthentication no',
    'UsePAM no',
    `AllowUsers ${user}`,
    // As root (CI), only with a forced command: the key can do nothing else.
    'PermitRootLogin forced-commands-only',
    'LogLevel VERBOSE',
    '',
  ].join('\n');
  fs.writeFileSync(path.join(dir, 'sshd_config'), config);
  const logFile = path.join(dir, 'sshd.log');
  const child = spawn(SSHD, ['-D', '-f', path.join(dir, 'sshd_config'), '-E', logFile], { stdio: 'ignore' });
  const log = () => (fs.existsSync(logFile) ? fs.readFileSync(logFile, 'utf8') : '');
  for (let i = 0; !log().includes('Server listening'); i++) {
    if (child.exitCode !== null || i > 100) {
      child.kill('SIGKILL');
      throw new Error(`sshd did not start:\n${log()}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const hostKey = fs.readFileSync(path.join(dir, 'host_key.pub'), 'utf8').split(' ').slice(0, 2).join(' ');
  const knownHostsFile = path.join(dir, 'known_hosts');
  fs.writeFileSync(knownHostsFile, `[127.0.0.1]:${port} ${hostKey}\n`);
  const keyFile = path.join(dir, 'client_key');
  return {
    port,
    target: `${user}@127.0.0.1`,
    keyFile,
    knownHostsFile,
    sshArgs: [
      '-F',
      'none',
      '-p',
      String(port),
      '-i',
      keyFile,
      '-o',
      'IdentitiesOnly=yes',
      '-o',
      `UserKnownHostsFile=${knownHostsFile}`,
      '-o',
      'StrictHostKeyChecking=yes',
      '-o',
      'BatchMode=yes',
    ],
    log,
    async close() {
      child.kill('SIGTERM');
      await new Promise((resolve) => setTimeout(resolve, 200));
      if (child.exitCode === null) child.kill('SIGKILL');
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
