/** Whether this is a production build: `--production` or PRODUCTION=1 (drafts out, samples refused). */
export function isProduction(flag?: boolean, env: NodeJS.ProcessEnv = process.env): boolean {
  return Boolean(flag) || env.PRODUCTION === '1' || env.PRODUCTION === 'true';
}
