// KL7xx: problems in a lesson's `sim:` front matter, found when the simulator starts, and what
// the simulator had to assume while it ran the lesson.
import { defineCodes } from '../../diagnostics.js';

export const simCodes = defineCodes({
  simConfigInvalid: {
    code: 'KL701',
    name: 'sim-config-invalid',
    summary: 'A `sim:` front-matter key has a value the simulator cannot use, or is not a known key.',
  },
  imageAssumed: {
    code: 'KL702',
    name: 'image-assumed',
    summary:
      'A Pod ran an image that neither the simulator\'s catalog nor the lesson\'s `sim.images` describes: the simulator pulled it as a generic image (a plain Linux userland; with no command, a process that runs until stopped). Declare the image under `sim.images` to say what it does (a warning: the lesson still runs).',
  },
  kindNotModelled: {
    code: 'KL703',
    name: 'kind-not-modelled',
    summary:
      'The lesson creates an object of a kind Kubernetes serves but the simulator does not model (a PodDisruptionBudget): on the simulator kubectl refuses it, saying so, and what depends on it behaves as if it were not there (a warning: the lesson still runs).',
  },
  kubectlNotModelled: {
    code: 'KL704',
    name: 'kubectl-not-modelled',
    summary:
      'A command used a kubectl verb, subcommand or flag that kubectl 1.32 has but the simulator does not model: on the simulator it fails with `kindling: kubectl ... is not modelled by the simulator` (exit code 1) rather than doing what kubectl does. Run the lesson on a real cluster (backends: [cluster]), or use what the simulator models.',
  },
  timelinePodNotFound: {
    code: 'KL705',
    name: 'timeline-pod-not-found',
    summary:
      'A `<!-- kindling:timeline pod=NAME -->` directive names a Pod the lesson never made (in that namespace), so the page shows a note in place of its picture (a warning: the lesson still passes).',
  },
});
