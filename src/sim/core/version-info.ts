// The server's /version document (`kubectl version` prints it). The build fields are those of the
// upstream v1.32.2 release; the version itself comes from the cluster's config.

/** version.Info for `gitVersion` (e.g. `v1.32.2`). */
export function versionInfo(gitVersion: string): Record<string, string> {
  const [major = '1', minor = '32'] = gitVersion.replace(/^v/, '').split('.');
  return {
    major,
    minor,
    gitVersion,
    gitCommit: '67a30c0adcf52bd3f56ff0893ce19966be12991f',
    gitTreeState: 'clean',
    buildDate: '2025-02-12T21:19:47Z',
    goVersion: 'go1.23.6',
    compiler: 'gc',
    platform: 'linux/amd64',
  };
}
