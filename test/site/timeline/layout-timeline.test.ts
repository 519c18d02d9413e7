import { describe, expect, it } from 'vitest';
import { describePodTimeline } from '../../../src/site/timeline/describe-pod-timeline.js';
import { layoutTimeline } from '../../../src/site/timeline/layout-timeline.js';
import { renderTimelineSvg } from '../../../src/site/timeline/render-timeline-svg.js';
import { podTimelineModel } from '../../../src/site/timeline/timeline-model.js';
import { expectGolden } from '../../support/golden.js';
import { CRASHING_POD, INIT_POD, recordedTimeline } from './timeline-fixtures.js';

const svgOf = (pod: typeof INIT_POD): string => {
  const model = podTimelineModel(recordedTimeline([pod]), pod);
  return `${renderTimelineSvg(layoutTimeline(model), 'tl', `Timeline of Pod ${pod.name}`, describePodTimeline(model))}\n`;
};

describe('the timeline picture', () => {
  it('draws init containers one after the other before the app container (golden)', () => {
    expectGolden(svgOf(INIT_POD), 'test/site/timeline/golden/init-containers.svg');
  });

  it('draws failed runs, back-off and a deleted Pod (golden)', () => {
    expectGolden(svgOf(CRASHING_POD), 'test/site/timeline/golden/crash-loop.svg');
  });

  it('places the app container’s run after both init containers’ runs on the x axis', () => {
    const layout = layoutTimeline(podTimelineModel(recordedTimeline([INIT_POD]), INIT_POD));
    const runs = layout.lanes.slice(1).map((l) => l.bars.find((b) => b.kind === 'running')!);
    expect(layout.lanes.map((l) => l.name)).toEqual(['myapp-pod', 'init-myservice', 'init-mydb', 'myapp-container']);
    expect(runs[0]!.x + runs[0]!.width).toBeLessThanOrEqual(runs[1]!.x);
    expect(runs[1]!.x + runs[1]!.width).toBeLessThanOrEqual(runs[2]!.x);
  });

  it('marks only the shown commands, numbered over the lesson, within the Pod’s life', () => {
    const model = podTimelineModel(recordedTimeline([INIT_POD]), INIT_POD);
    expect(model.marks.map((m) => [m.n, m.command])).toEqual([
      [1, 'kubectl create -f init.yaml'],
      [2, 'kubectl get pod'],
      [3, 'kubectl create -f myservice.yaml'],
      [4, 'kubectl create -f mydb.yaml'],
      [5, 'kubectl get pod'],
    ]);
  });

  it('puts command numbers that would overlap in another row, and leaves out a number with no room', () => {
    const dense = recordedTimeline([INIT_POD]);
    dense.marks = Array.from({ length: 8 }, (_, i) => ({ block: i, line: i + 1, command: `echo ${i}`, hidden: false, startedAt: INIT_POD.createdAt + i * 50, endedAt: INIT_POD.createdAt + i * 50 }));
    const marks = layoutTimeline(podTimelineModel(dense, INIT_POD)).marks;
    expect(marks.slice(0, 3).map((m) => m.row)).toEqual([0, 1, 2]);
    expect(marks.filter((m) => m.row === undefined).length).toBeGreaterThan(0);
  });

  it('says in words what the picture shows', () => {
    const model = podTimelineModel(recordedTimeline([INIT_POD]), INIT_POD);
    expect(describePodTimeline(model)).toBe(
      'Pod default/myapp-pod on node k8s-node01, from 10:00:01 to 10:01:10 UTC. ' +
        'The init container 1 of 2 init-myservice ran from 10:00:03 to 10:00:36 (Completed, exit code 0). ' +
        'The init container 2 of 2 init-mydb ran from 10:00:38 to 10:00:50 (Completed, exit code 0). ' +
        'The container myapp-container ran from 10:00:52, still running at the end. ' +
        'The Pod became Ready at 10:00:52. 5 commands of the lesson ran meanwhile; their numbers are marked on the time axis.',
    );
  });

  it('gives the same bytes for the same record', () => {
    expect(svgOf(CRASHING_POD)).toBe(svgOf(structuredClone(CRASHING_POD)));
  });
});
