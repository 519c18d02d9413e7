// The kubeconfig kubectl reads and `kubectl config` edits: named clusters, users and contexts and
// the current context, as client-go's clientcmdapi.Config holds them. It starts as the one kind
// writes (`kind-kind` for cluster, user and context) or with the names `sim.kubeconfig` gives, and
// lives as long as the lesson's session, as ~/.kube/config does on the lesson's machine.
import type { SimConfig } from '../core/config/config.js';

/** A cluster entry: the fields `config set-cluster` sets, and whether kind's CA data is there. */
export interface KubeconfigCluster {
  server?: string;
  insecureSkipTlsVerify?: boolean;
  tlsServerName?: string;
  /** Holds certificate data (kind's CA): printed `DATA+OMITTED`; the simulator has no bytes for it. */
  certificateAuthorityData?: boolean;
}

export interface KubeconfigUser {
  /** Holds a client certificate and key (kind's admin): printed `DATA+OMITTED`. */
  clientCertificateData?: boolean;
  token?: string;
  username?: string;
  password?: string;
}

export interface KubeconfigContext {
  cluster?: string;
  user?: string;
  namespace?: string;
}

/** Where kubectl finds the file: `$HOME/.kube/config` (HOME is /root on the lesson machine). */
export const KUBECONFIG_PATH = '/root/.kube/config';

export class Kubeconfig {
  readonly clusters = new Map<string, KubeconfigCluster>();
  readonly users = new Map<string, KubeconfigUser>();
  readonly contexts = new Map<string, KubeconfigContext>();
  currentContext = '';
  readonly path = KUBECONFIG_PATH;

  /** The file kind writes for the simulated cluster, under the lesson's names if it gives them. */
  static forCluster(config: SimConfig, serverURL: string): Kubeconfig {
    const kind = `kind-${config.clusterName}`;
    const names = config.kubeconfig ?? { cluster: kind, user: kind, context: kind };
    const kc = new Kubeconfig();
    kc.clusters.set(names.cluster, { server: serverURL, certificateAuthorityData: true });
    kc.users.set(names.user, { clientCertificateData: true });
    kc.contexts.set(names.context, { cluster: names.cluster, user: names.user });
    kc.currentContext = names.context;
    return kc;
  }

  /** The context a command uses (`--context`, else the current one); empty when it names none. */
  current(contextName?: string): KubeconfigContext {
    return this.contexts.get(contextName || this.currentContext) ?? {};
  }

  /**
   * Where the context's requests go: `default` when its cluster entry is missing or names no
   * server (kubectl falls back to clientcmd's ClusterDefaults, `http://localhost:8080`: client-go
   * tools/clientcmd/client_config.go getCluster, merged with mergo, which skips empty values),
   * else the server it names; and whether its user is in the file.
   */
  target(contextName?: string): { server: string | 'default'; userKnown: boolean } {
    const ctx = this.current(contextName);
    const server = this.clusters.get(ctx.cluster ?? '')?.server;
    return { server: server === undefined || server === '' ? 'default' : server, userKnown: this.users.has(ctx.user ?? '') };
  }

  /** The namespace commands default to: the current context's, else `default`. */
  namespace(contextName?: string): string {
    const ns = this.current(contextName).namespace;
    return ns !== undefined && ns !== '' ? ns : 'default';
  }
}
