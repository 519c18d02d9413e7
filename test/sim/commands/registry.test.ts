// The command registry: one definition per command name, the tables the lesson machine and a
// container get from it, and `hostname` (one applet for both) read from the machine's files.
import { describe, expect, it } from 'vitest';
import { applets, builtinApplets, containerCommands, hostCommands, MACHINE_TOOLS, SHELL_NAMES, type ContainerMachine } from '../../../src/sim/commands/registry.js';
import type { ImageInfo } from '../../../src/sim/runtime/images/image-types.js';
import type { CommandImpl } from '../../../src/sim/shell/types.js';
import { ScriptedSession } from '../../backends/sim/scripted-session.js';
import { sim } from '../shell/support.js';

const noNetwork = {
  clusterDomain: 'cluster.local',
  services: () => [],
  pods: () => [],
  readyEndpointIPs: () => [],
  serviceBackend: () => undefined,
  listener: () => undefined,
  hostExists: () => false,
};

describe('the command registry', () => {
  it('defines each name once: an applet, an applet made per machine, or a shell', () => {
    const names = [...Object.keys(applets), ...MACHINE_TOOLS, ...SHELL_NAMES];
    expect(names.filter((n, i) => names.indexOf(n) !== i)).toEqual([]);
    expect(MACHINE_TOOLS).toContain('curl');
    expect(Object.keys(applets)).toContain('hostname');
  });

  it('gives the shell its in-process applets from the applet table', () => {
    expect(builtinApplets.echo).toBe(applets['echo']);
    expect(builtinApplets.printf).toBe(applets['printf']);
  });

  it('gives the lesson machine every applet, its own curl, the caller\'s commands and a timeout that runs them', () => {
    const mine: CommandImpl = (ctx) => {
      ctx.stdout.write('mine\n');
      return 3;
    };
    const commands = hostCommands({ view: noNetwork, clientIP: () => '127.0.0.1', curlVersion: '7.88.1' }, { mine });
    for (const name of Object.keys(applets)) expect(commands[name]).toBe(applets[name]);
    expect(Object.keys(commands).slice(-3)).toEqual(['curl', 'mine', 'timeout']);
    const r = sim('timeout 5 mine; echo $?', { commands });
    expect(r.output).toBe('mine\n3\n');
  });

  it('gives a container the tools its image lists and nothing for an image without a userland', () => {
    const made: string[] = [];
    const machine = new Proxy({} as ContainerMachine, {
      get: (_t, key) => {
        made.push(String(key));
        return key === 'processes' ? {} : () => '';
      },
    });
    const shell: CommandImpl = () => 0;
    const info = { userland: 'busybox', tools: ['cat', 'sh', 'nproc', 'nope'] } as unknown as ImageInfo;
    const commands = containerCommands(info, machine, shell);
    expect(Object.keys(commands)).toEqual(['cat', 'sh', 'nproc']);
    expect(commands['cat']).toBe(applets['cat']);
    expect(commands['sh']).toBe(shell);
    expect(made).toEqual(['nodeCpus']);
    expect(containerCommands({ ...info, userland: 'none' } as ImageInfo, machine, shell)).toEqual({});
  });
});

describe('hostname', () => {
  const files = {
    '/etc/hostname': 'web-0\n',
    '/etc/hosts': '# Kubernetes-managed hosts file.\n127.0.0.1\tlocalhost\n10.244.1.7\tweb-0.nginx.default.svc.cluster.local\tweb-0\n',
  };

  it('prints the name in /etc/hostname, and with -i the address /etc/hosts gives it', () => {
    expect(sim('hostname; hostname -s; hostname -i', { dialect: 'ash', files }).output).toBe('web-0\nweb-0\n10.244.1.7\n');
  });

  it('falls back to $HOSTNAME, refuses to set the name, and says when -i cannot resolve', () => {
    const r = sim('hostname; hostname other; echo $?; hostname -i; echo $?', { env: { HOSTNAME: 'box' } });
    expect(r.output).toBe(
      'box\nhostname: sethostname: Operation not permitted\n1\n' +
        'hostname: kindling: the simulator resolves the host name only through /etc/hosts, which does not name box\n1\n',
    );
  });

  it('in a Pod prints its hostname and its IP', () => {
    const s = new ScriptedSession();
    s.ok('kubectl run bb --image=busybox:1.36 -- sleep 3600');
    s.ok('kubectl wait --for=condition=Ready pod/bb --timeout=120s');
    const ip = s.ok("kubectl get pod bb -o jsonpath='{.status.podIP}'");
    expect(s.ok('kubectl exec bb -- hostname')).toBe('bb\n');
    expect(s.ok('kubectl exec bb -- hostname -i')).toBe(`${ip}\n`);
  });
});
