// The Kubernetes Basics tutorial's app (gcr.io/google-samples/kubernetes-bootcamp:v1,
// jocatalin/kubernetes-bootcamp:v2): `node server.js` on node 6.3.1, whose /server.js (as
// `cat server.js` in the tutorial's pods shows it) answers every request on 8080 with
// `Hello Kubernetes bootcamp! | Running on: <HOSTNAME> | v=1` and console.logs the start and
// each request. The image's CMD is the shell form, so PID 1 is `/bin/sh -c`, which ignores
// SIGTERM: deletion waits for the grace period. Any other node invocation is the node program.
import { response } from '../../runtime/http.js';
import { nodeProgram } from './node.js';
import { runForever, type Program, type ProgramHost } from './types.js';

/** /server.js as the image ships it. */
export function bootcampServerJs(version: string): string {
  return `var http = require('http');
var requests=0;
var podname= process.env.HOSTNAME;
var startTime;
var host;
var handleRequest = function(request, response) {
  response.setHeader('Content-Type', 'text/plain');
  response.writeHead(200);
  response.write("Hello Kubernetes bootcamp! | Running on: ");
  response.write(host);
  response.end(" | v=${version}\\n");
  console.log("Running On:" ,host, "| Total Requests:", ++requests,"| App Uptime:", (new Date() - startTime)/1000 , "seconds", "| Log Time:",new Date());
}
var www = http.createServer(handleRequest);
www.listen(8080,function () {
    startTime = new Date();;
    host = process.env.HOSTNAME;
    console.log ("Kubernetes Bootcamp App Started At:",startTime, "| Running On: " ,host, "\\n" );
});
`;
}

/** node 6's console.log of a Date (util.inspect: the ISO form). */
const iso = (ms: number) => new Date(ms).toISOString();

export function kubernetesBootcampProgram(host: ProgramHost): Program {
  const node = nodeProgram({ ...host, version: '6.3.1' });
  const version = host.version ?? '1';
  return {
    *command(ctx) {
      if (!/(^|\/)server\.js$/.test(ctx.argv[1] ?? '')) {
        const r = node.command(ctx);
        return typeof r === 'number' ? r : yield* r;
      }
      yield { kind: 'sleep', ms: 60 };
      const startTime = ctx.now();
      const hostname = ctx.env['HOSTNAME'] ?? 'undefined';
      let requests = 0;
      // console.log joins its arguments with spaces: "Running On: " then host then "\n".
      ctx.stdout.write(`Kubernetes Bootcamp App Started At: ${iso(startTime)} | Running On:  ${hostname} \n\n`);
      host.listen(8080, {
        serve(_req, now) {
          requests++;
          host.log(1, `Running On: ${hostname} | Total Requests: ${requests} | App Uptime: ${(now - startTime) / 1000} seconds | Log Time: ${iso(now)}\n`);
          return response(200, `Hello Kubernetes bootcamp! | Running on: ${hostname} | v=${version}\n`, { 'Content-Type': 'text/plain' });
        },
      });
      return yield* runForever();
    },
  };
}
