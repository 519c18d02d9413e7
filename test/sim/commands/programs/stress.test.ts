// The resource tutorials' stress images: what they print and the memory and CPU they report.
import { describe, expect, it } from 'vitest';
import { ScriptedSession } from '../../../backends/sim/scripted-session.js';
import { parseQuantity } from '../../../../src/sim/commands/programs/vish-stress.js';

function programUse(s: ScriptedSession, pod: string): { memory: number; cpu: number } {
  const kubelet = [...s.session.cluster.kubelets.values()].find((k) => [...k.workers.values()].some((w) => w.pod.metadata.name === pod))!;
  const worker = [...kubelet.workers.values()].find((w) => w.pod.metadata.name === pod)!;
  const instance = [...worker.records.values()][0]!.current!.instance;
  const usage = instance.usage();
  return { memory: usage.memoryBytes, cpu: usage.cpuMillicores };
}

describe('polinux/stress', () => {
  it('dispatches its vm hog and touches --vm-bytes of memory (the assign-memory task)', () => {
    const s = new ScriptedSession();
    s.ok('kubectl run memory-demo --image=polinux/stress --command -- stress --vm 1 --vm-bytes 150M --vm-hang 1');
    s.ok('kubectl wait --for=condition=Ready pod/memory-demo --timeout=120s');
    s.ok('sleep 2');
    expect(s.ok('kubectl logs memory-demo')).toBe('stress: info: [1] dispatching hogs: 0 cpu, 0 io, 1 vm, 0 hdd\n');
    const use = programUse(s, 'memory-demo');
    expect(use.memory).toBeGreaterThanOrEqual(2 ** 19);
    expect(use.memory).toBeLessThan(151 * 2 ** 20);
    // Touching 150 MiB again after each 1 s hang keeps it busy about 7% of the time.
    expect(use.cpu).toBe(70);
  });

  it('ends a --timeout run with its success line', () => {
    const s = new ScriptedSession();
    s.ok('kubectl run cpu --restart=Never --image=polinux/stress --command -- stress --cpu 2 --timeout 5s');
    s.ok('kubectl wait --for=jsonpath={.status.phase}=Succeeded pod/cpu --timeout=120s');
    expect(s.ok('kubectl logs cpu')).toBe('stress: info: [1] dispatching hogs: 2 cpu, 0 io, 0 vm, 0 hdd\nstress: info: [1] successful run completed in 5s\n');
  });
});

describe('vish/stress', () => {
  it('logs with glog and asks for the CPUs of -cpus (the assign-cpu task)', () => {
    const s = new ScriptedSession();
    s.ok('kubectl run cpu-demo --image=vish/stress -- -cpus 2');
    s.ok('kubectl wait --for=condition=Ready pod/cpu-demo --timeout=120s');
    const lines = s.ok('kubectl logs cpu-demo').trimEnd().split('\n').map((l) => l.replace(/^I\d{4} [\d:.]+ +1 /, ''));
    expect(lines).toEqual([
      'main.go:26] Allocating "0" memory, in "4Ki" chunks, with a 1ms sleep between allocations',
      'main.go:39] Spawning a thread to consume CPU',
      'main.go:39] Spawning a thread to consume CPU',
      'main.go:29] Allocated "0" memory',
    ]);
    expect(programUse(s, 'cpu-demo').cpu).toBe(2000);
  });

  it('prints quantities as resource.Quantity does', () => {
    expect(parseQuantity('1024Mi')?.text).toBe('1Gi');
    expect(parseQuantity('150Mi')).toEqual({ bytes: 150 * 2 ** 20, text: '150Mi' });
    expect(parseQuantity('0')?.text).toBe('0');
  });
});
