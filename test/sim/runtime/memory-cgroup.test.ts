// Memory cgroups as a tmpfs write sees them: the room left is the smallest over the cgroup and
// every one above it; a dead container's tmpfs pages stay with the pod; a removed pod's go.
import { describe, expect, test } from 'vitest';
import { MemoryCgroup } from '../../../src/sim/runtime/memory-cgroup.js';

const MIB = 1024 * 1024;

describe('memory cgroups', () => {
  test('the room left is the tightest limit from the cgroup up to the node', () => {
    const node = new MemoryCgroup(undefined, 1000 * MIB, () => 400 * MIB);
    const pod = new MemoryCgroup(node, 300 * MIB);
    const a = new MemoryCgroup(pod, 200 * MIB, () => 10 * MIB);
    const b = new MemoryCgroup(pod, undefined, () => 20 * MIB);
    expect(a.room()).toBe(190 * MIB);
    expect(b.room()).toBe(270 * MIB);
    a.charge(150 * MIB);
    expect(b.room()).toBe(120 * MIB);
    expect(node.usage()).toBe(580 * MIB);
  });

  test('a dead container\'s tmpfs pages stay charged to the pod until they are freed', () => {
    const pod = new MemoryCgroup(undefined, 100 * MIB);
    const old = new MemoryCgroup(pod, 100 * MIB, () => 5 * MIB);
    old.charge(60 * MIB);
    old.release();
    const next = new MemoryCgroup(pod, 100 * MIB, () => 5 * MIB);
    expect(next.usage()).toBe(5 * MIB);
    expect(pod.usage()).toBe(65 * MIB);
    expect(next.room()).toBe(35 * MIB);
    old.uncharge(60 * MIB);
    expect(next.room()).toBe(95 * MIB);
  });

  test('a removed pod no longer counts on its node', () => {
    const node = new MemoryCgroup(undefined, undefined);
    const pod = new MemoryCgroup(node, undefined);
    new MemoryCgroup(pod, undefined).charge(MIB);
    expect(node.usage()).toBe(MIB);
    pod.detach();
    expect(node.usage()).toBe(0);
  });
});
