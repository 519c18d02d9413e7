// The environment of a lesson's shell: the caller's environment, minus what would change how
// bash behaves, plus a fixed terminal and locale so that outputs do not depend on the machine.

/** Variables that make bash read files or change its behaviour behind the lesson's back. */
const DROPPED = ['BASH_ENV', 'ENV', 'CDPATH', 'GLOBIGNORE', 'SHELLOPTS', 'BASHOPTS', 'PROMPT_COMMAND', 'PWD', 'OLDPWD'];

export interface SessionEnvOptions {
  slug: string;
  /** KUBECONFIG for the shell; when undefined the caller's KUBECONFIG (if any) is kept. */
  kubeconfig?: string | undefined;
  /** `KINDLING_WORKSPACE=<dir>`: inherited by every process of the session, which is how they are all found and killed. */
  marker?: string;
}

/** Builds the environment a lesson's bash starts with. */
export function buildSessionEnv(base: NodeJS.ProcessEnv, options: SessionEnvOptions): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(base)) {
    if (value !== undefined && !DROPPED.includes(key)) env[key] = value;
  }
  env['TERM'] = 'dumb';
  env['LC_ALL'] = 'C.UTF-8';
  env['KINDLING'] = '1';
  env['KINDLING_LESSON'] = options.slug;
  if (options.kubeconfig !== undefined) env['KUBECONFIG'] = options.kubeconfig;
  if (options.marker !== undefined) {
    const at = options.marker.indexOf('=');
    env[options.marker.slice(0, at)] = options.marker.slice(at + 1);
  }
  return env;
}
