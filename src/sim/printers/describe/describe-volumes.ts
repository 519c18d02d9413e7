// describeVolumes (describe.go, 1.32): each volume's type line and fields. Projected sources use
// the 1.32 form, where ConfigMapOptional/SecretOptionalName print the *bool with %v.
import type { Volume } from '../../api/types.js';
import type { VolumeX } from '../../api/api-extras.js';
import { sortGoStrings, utf8Length, utf8Prefix } from '../../core/text/go-strings.js';
import { canonicalQuantity } from '../../core/quantity.js';
import { LEVEL_0, LEVEL_1, LEVEL_2, LEVEL_3, type PrefixWriter } from './prefix-writer.js';

/** Go's %v of a *bool: `<nil>`, or (since Go prints the pointer itself) a stand-in address. */
function pointerBool(value: boolean | undefined): string {
  // A set pointer prints as an address (0xc...) that changes from run to run; kindling prints a fixed one.
  return value === undefined || value === null ? '<nil>' : '0xc000000000';
}

type VolumePrinter = (v: VolumeX, w: PrefixWriter) => void;

const PRINTERS: Array<[keyof VolumeX, VolumePrinter]> = [
  [
    'hostPath',
    (v, w) =>
      w.write(
        LEVEL_2,
        `Type:\tHostPath (bare host directory volume)\n    Path:\t${v.hostPath?.path ?? ''}\n    HostPathType:\t${
          v.hostPath?.type === undefined || v.hostPath.type === null ? '<none>' : v.hostPath.type
        }\n`,
      ),
  ],
  [
    'emptyDir',
    (v, w) => {
      const limit = v.emptyDir?.sizeLimit;
      const size = limit && canonicalQuantity(limit) !== '0' && !canonicalQuantity(limit).startsWith('-') ? canonicalQuantity(limit) : '<unset>';
      w.write(
        LEVEL_2,
        `Type:\tEmptyDir (a temporary directory that shares a pod's lifetime)\n    Medium:\t${v.emptyDir?.medium ?? ''}\n    SizeLimit:\t${size}\n`,
      );
    },
  ],
  [
    'gitRepo',
    (v, w) =>
      w.write(
        LEVEL_2,
        `Type:\tGitRepo (a volume that is pulled from git when the pod is created)\n    Repository:\t${v.gitRepo?.repository ?? ''}\n    Revision:\t${v.gitRepo?.revision ?? ''}\n`,
      ),
  ],
  [
    'secret',
    (v, w) =>
      w.write(
        LEVEL_2,
        `Type:\tSecret (a volume populated by a Secret)\n    SecretName:\t${v.secret?.secretName ?? ''}\n    Optional:\t${v.secret?.optional === true}\n`,
      ),
  ],
  [
    'configMap',
    (v, w) =>
      w.write(
        LEVEL_2,
        `Type:\tConfigMap (a volume populated by a ConfigMap)\n    Name:\t${v.configMap?.name ?? ''}\n    Optional:\t${v.configMap?.optional === true}\n`,
      ),
  ],
  [
    'nfs',
    (v, w) =>
      w.write(
        LEVEL_2,
        `Type:\tNFS (an NFS mount that lasts the lifetime of a pod)\n    Server:\t${v.nfs?.server ?? ''}\n    Path:\t${v.nfs?.path ?? ''}\n    ReadOnly:\t${v.nfs?.readOnly === true}\n`,
      ),
  ],
  [
    'persistentVolumeClaim',
    (v, w) =>
      w.write(
        LEVEL_2,
        `Type:\tPersistentVolumeClaim (a reference to a PersistentVolumeClaim in the same namespace)\n    ClaimName:\t${
          v.persistentVolumeClaim?.claimName ?? ''
        }\n    ReadOnly:\t${v.persistentVolumeClaim?.readOnly === true}\n`,
      ),
  ],
  [
    'ephemeral',
    (_v, w) =>
      w.write(LEVEL_2, 'Type:\tEphemeralVolume (an inline specification for a volume that gets created and deleted with the pod)\n'),
  ],
  [
    'downwardAPI',
    (v, w) => {
      w.write(LEVEL_2, 'Type:\tDownwardAPI (a volume populated by information about the pod)\n    Items:\n');
      for (const item of v.downwardAPI?.items ?? []) {
        if (item.fieldRef) w.write(LEVEL_3, `${item.fieldRef.fieldPath} -> ${item.path}\n`);
        if (item.resourceFieldRef) w.write(LEVEL_3, `${item.resourceFieldRef.resource} -> ${item.path}\n`);
      }
    },
  ],
  [
    'projected',
    (v, w) => {
      w.write(LEVEL_2, 'Type:\tProjected (a volume that contains injected data from multiple sources)\n');
      for (const source of v.projected?.sources ?? []) {
        if (source.secret) {
          w.write(LEVEL_2, `SecretName:\t${source.secret.name}\n    SecretOptionalName:\t${pointerBool(source.secret.optional)}\n`);
        } else if (source.downwardAPI) {
          w.write(LEVEL_2, 'DownwardAPI:\ttrue\n');
        } else if (source.configMap) {
          w.write(LEVEL_2, `ConfigMapName:\t${source.configMap.name}\n    ConfigMapOptional:\t${pointerBool(source.configMap.optional)}\n`);
        } else if (source.serviceAccountToken) {
          w.write(LEVEL_2, `TokenExpirationSeconds:\t${source.serviceAccountToken.expirationSeconds ?? 0}\n`);
        }
      }
    },
  ],
  [
    'csi',
    (v, w) => {
      w.write(
        LEVEL_2,
        `Type:\tCSI (a Container Storage Interface (CSI) volume source)\n    Driver:\t${v.csi?.driver ?? ''}\n    FSType:\t${
          v.csi?.fsType ?? ''
        }\n    ReadOnly:\t${v.csi?.readOnly === true}\n`,
      );
      const attrs = v.csi?.volumeAttributes ?? {};
      w.write(LEVEL_2, 'VolumeAttributes:\t');
      const keys = sortGoStrings(Object.keys(attrs));
      if (keys.length === 0) {
        w.writeLine('<none>');
        return;
      }
      keys.forEach((key, i) => {
        if (i !== 0) {
          w.write(LEVEL_2, '');
          w.write(LEVEL_2, '\t');
        }
        const line = `${key}=${attrs[key] ?? ''}`;
        w.write(LEVEL_2, utf8Length(line) > 140 ? `${utf8Prefix(line, 140)}...\n` : `${line}\n`);
      });
    },
  ],
  [
    'image',
    (v, w) =>
      w.write(
        LEVEL_2,
        `Type:\tImage (a container image or OCI artifact)\n    Reference:\t${v.image?.reference ?? ''}\n    PullPolicy:\t${v.image?.pullPolicy ?? ''}\n`,
      ),
  ],
];

/** describeVolumes: `Volumes:` and each volume, or `Volumes:\t<none>`. */
export function describeVolumes(volumes: readonly Volume[] | undefined, w: PrefixWriter, space: string): void {
  if (!volumes || volumes.length === 0) {
    w.write(LEVEL_0, `${space}Volumes:\t<none>\n`);
    return;
  }
  w.write(LEVEL_0, `${space}Volumes:\n`);
  for (const volume of volumes as VolumeX[]) {
    const nameIndent = space.length > 0 ? ' ' : '';
    w.write(LEVEL_1, `${nameIndent}${volume.name}:\n`);
    const printer = PRINTERS.find(([key]) => volume[key] !== undefined && volume[key] !== null);
    if (printer) printer[1](volume, w);
    else w.write(LEVEL_1, '<unknown>\n');
  }
}
