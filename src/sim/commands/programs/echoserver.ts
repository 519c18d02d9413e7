// echoserver (hello-minikube): nginx + lua on 8080 answering with the request described in text.
// 1.4's body (`CLIENT VALUES:` ... `-no body in request-`, no final newline) is reproduced from
// real curl transcripts; 1.10's (`Hostname:` ... `Request Body:`) from its nginx.conf template
// and transcripts. 1.4 logs an access line per request in nginx's combined format (UNVERIFIED);
// 1.10's run.sh prints the certificate generation and "Starting nginx" and logs no access lines.
import { requestHeaders, response, type HttpRequest } from '../../runtime/http.js';
import { accessLogTime } from './nginx.js';
import { runForever, type Program, type ProgramHost } from './types.js';

const PORT = 8080;

function hostWithoutPort(host: string): string {
  return host.replace(/:\d+$/, '');
}

function sortedHeaders(req: HttpRequest): Array<[string, string]> {
  return Object.entries(requestHeaders(req))
    .map(([k, v]): [string, string] => [k.toLowerCase(), v])
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

/** echoserver 1.4's body. */
export function echoBody14(req: HttpRequest): string {
  const query = req.path.includes('?') ? req.path.slice(req.path.indexOf('?') + 1) : 'nil';
  return [
    'CLIENT VALUES:',
    `client_address=${req.clientIP}`,
    `command=${req.method}`,
    `real path=${req.path}`,
    `query=${query}`,
    'request_version=1.1',
    `request_uri=http://${hostWithoutPort(req.host)}:${PORT}${req.path}`,
    '',
    'SERVER VALUES:',
    'server_version=nginx: 1.10.0 - lua: 10001',
    '',
    'HEADERS RECEIVED:',
    ...sortedHeaders(req).map(([k, v]) => `${k}=${v}`),
    'BODY:',
    '-no body in request-',
  ].join('\n');
}

/** echoserver 1.10's body, with the pod block when POD_NAME is in the environment. */
export function echoBody110(req: HttpRequest, hostname: string, env: Record<string, string>): string {
  const query = req.path.includes('?') ? req.path.slice(req.path.indexOf('?') + 1) : '';
  const pod = env['POD_NAME']
    ? [`\tnode name:\t${env['NODE_NAME'] ?? 'N/A'}`, `\tpod name:\t${env['POD_NAME']}`, `\tpod namespace:\t${env['POD_NAMESPACE'] ?? 'N/A'}`, `\tpod IP:\t${env['POD_IP'] ?? 'N/A'}`]
    : ['\t-no pod information available-'];
  return [
    '',
    `Hostname: ${hostname}`,
    '',
    'Pod Information:',
    ...pod,
    '',
    'Server values:',
    '\tserver_version=nginx: 1.13.3 - lua: 10008',
    '',
    'Request Information:',
    `\tclient_address=${req.clientIP}`,
    `\tmethod=${req.method}`,
    `\treal path=${req.path}`,
    `\tquery=${query}`,
    '\trequest_version=1.1',
    '\trequest_scheme=http',
    `\trequest_uri=http://${hostWithoutPort(req.host)}:${PORT}${req.path}`,
    '',
    'Request Headers:',
    ...sortedHeaders(req).map(([k, v]) => `\t${k}=${v}`),
    '',
    'Request Body:',
    '\t-no body in request-',
    '',
    '',
  ].join('\n');
}

export function echoserverProgram(host: ProgramHost): Program {
  const modern = host.version !== undefined && host.version !== '1.4';
  return {
    *command(ctx) {
      if (modern && ctx.argv[0]?.endsWith('run.sh')) {
        ctx.stdout.write('Generating self-signed cert\n');
        // openssl's key-generation dots are random; these counts are invented.
        ctx.stderr.write("Generating a 2048 bit RSA private key\n.......................+++\n.........+++\nwriting new private key to '/certs/privateKey.key'\n-----\n");
        yield { kind: 'sleep', ms: 180 };
        ctx.stdout.write('Starting nginx\n');
      }
      yield { kind: 'sleep', ms: 8 };
      host.listen(PORT, {
        serve(req, now) {
          const body = modern ? echoBody110(req, host.hostname, ctx.env) : echoBody14(req);
          if (!modern) {
            const bytes = new TextEncoder().encode(body).length;
            host.log(1, `${req.clientIP} - - [${accessLogTime(now)}] "${req.method} ${req.path} HTTP/1.1" 200 ${bytes} "-" "${req.userAgent}"\n`);
          }
          return response(200, body, { Server: modern ? 'echoserver' : 'nginx/1.10.0', 'Content-Type': 'text/plain' });
        },
      });
      return yield* runForever();
    },
    onStop: () => ({ exitCode: 0, afterMs: 20 }),
  };
}
