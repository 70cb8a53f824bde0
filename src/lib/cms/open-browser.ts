/**
 * Opens the web editor in a browser that can use it: Sveltia's local repository needs the File
 * System Access API, which Edge and Chrome have and Firefox and Safari do not. Edge comes with
 * Windows; on a Mac, Chrome is the likelier one. Falls back to the default browser.
 */
import open, { apps } from 'open';

type Opener = (url: string, options?: { app?: { name: string | readonly string[] }[] }) => Promise<unknown>;

/** The browsers to try, in order, on `platform`. */
export function browserOrder(platform: NodeJS.Platform): (keyof typeof apps)[] {
  return platform === 'win32' ? ['edge', 'chrome'] : ['chrome', 'edge'];
}

/** Opens `url`; resolves to false when no browser could be started (the address is printed anyway). */
export async function openBrowser(url: string, platform = process.platform, opener: Opener = open): Promise<boolean> {
  try {
    await opener(url, { app: browserOrder(platform).map((name) => ({ name: apps[name] })) });
    return true;
  } catch {
    return opener(url).then(
      () => true,
      () => false,
    );
  }
}
