/**
 * The `generatedAt` stamp of the open-data files: SOURCE_DATE_EPOCH (seconds) when set, so two
 * builds of the same content give identical files; otherwise the time the build started.
 */
const startedAt = new Date();

export function generatedAt(env: NodeJS.ProcessEnv = process.env, now: Date = startedAt): string {
  const epoch = env.SOURCE_DATE_EPOCH?.trim();
  if (epoch && /^\d+$/.test(epoch)) return new Date(Number(epoch) * 1000).toISOString();
  return now.toISOString();
}
