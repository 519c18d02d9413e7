// Database servers tutorials run: mysql (Oracle Linux based since 8.0; ENTRYPOINT
// ["docker-entrypoint.sh"], CMD ["mysqld"], EXPOSE 3306 33060) and postgres (Debian bookworm;
// ENTRYPOINT ["docker-entrypoint.sh"], CMD ["postgres"], STOPSIGNAL SIGINT, EXPOSE 5432), from
// docker-library's Dockerfiles. Digests from `invented()` and the sizes were not seen anywhere.
import type { ImageInfo, ImageTagInfo } from './image-types.js';
import { DEBIAN_TOOLS } from '../userland-tools.js';
import { PATH_ENV } from './busybox-images.js';
import { defineImage, invented, sameBuild } from './define-image.js';

function mysqlBuild(version: string, size: number, el: string): ImageTagInfo {
  const major = version.split('.').slice(0, 2).join('.');
  return {
    digest: invented(`docker.io/library/mysql:${version}`),
    size,
    version,
    config: { env: [PATH_ENV, 'GOSU_VERSION=1.17', `MYSQL_MAJOR=${major}`, `MYSQL_VERSION=${version}-1.${el}`, `MYSQL_SHELL_VERSION=${version}-1.${el}`] },
  };
}

/** The catalog's entries of this file, built when the catalog is first used (image-catalog.ts). */
export function databaseImages(): readonly ImageInfo[] {
  const mysql80 = mysqlBuild('8.0.40', 172_456_312, 'el9');
  const mysql84 = mysqlBuild('8.4.3', 176_530_178, 'el9');
  const mysql57 = mysqlBuild('5.7.44', 137_909_094, 'el7');

  const mysql = defineImage({
    repository: 'docker.io/library/mysql',
    tags: { ...sameBuild(['latest', '9', '8.4', '8.4.3', 'lts'], mysql84), ...sameBuild(['8.0', '8.0.40', '8'], mysql80), ...sameBuild(['5.7', '5.7.44', '5'], mysql57) },
    defaultTag: 'latest',
    versionTags: { oldest: '5.5', newest: '9.1.0' },
    entrypoint: ['docker-entrypoint.sh'],
    cmd: ['mysqld'],
    userland: 'debian',
    tools: DEBIAN_TOOLS,
    programs: { 'docker-entrypoint.sh': 'mysql', mysqld: 'mysql' },
    servesPorts: [3306, 33060],
    pullBytesPerSecond: 20_000_000,
  });

  function postgresBuild(version: string, size: number): ImageTagInfo {
    const major = version.split('.')[0]!;
    return {
      digest: invented(`docker.io/library/postgres:${version}`),
      size,
      version,
      config: { env: [`PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin:/usr/lib/postgresql/${major}/bin`, 'GOSU_VERSION=1.17', 'LANG=en_US.utf8', `PG_MAJOR=${major}`, `PG_VERSION=${version}-1.pgdg120+1`, 'PGDATA=/var/lib/postgresql/data'] },
    };
  }

  const pg17 = postgresBuild('17.2', 153_245_660);
  const pg16 = postgresBuild('16.6', 150_861_043);
  const pg15 = postgresBuild('15.10', 148_120_885);

  const postgres = defineImage({
    repository: 'docker.io/library/postgres',
    tags: { ...sameBuild(['latest', '17', '17.2', 'bookworm', '17-bookworm'], pg17), ...sameBuild(['16', '16.6', '16-bookworm'], pg16), ...sameBuild(['15', '15.10', '15-bookworm'], pg15) },
    defaultTag: 'latest',
    versionTags: { oldest: '9.0', newest: '17.2' },
    entrypoint: ['docker-entrypoint.sh'],
    cmd: ['postgres'],
    userland: 'debian',
    tools: DEBIAN_TOOLS,
    programs: { 'docker-entrypoint.sh': 'postgres', postgres: 'postgres' },
    servesPorts: [5432],
    pullBytesPerSecond: 20_000_000,
  });

  return [mysql, postgres];
}
