// Docker Hub's `library/` namespace: the Docker Official Images (github.com/docker-library/
// official-images, `library/` folder, plus deprecated repositories that still serve their last
// tags). `image: ngnix` names `docker.io/library/ngnix`, which does not exist, so the pull is
// refused as on a real node; any other `user/repo` on Docker Hub may exist and is pulled.
export const DOCKER_OFFICIAL_IMAGES: ReadonlySet<string> = new Set(
  `adminer aerospike almalinux alpine alt amazoncorretto amazonlinux api-firewall arangodb archlinux
  backdrop bash bonita buildpack-deps busybox caddy cassandra celery centos chronograf cirros clearlinux
  clefos clickhouse clojure composer consul convertigo couchbase couchdb crate crux dart debian django docker
  drupal eclipse-mosquitto eclipse-temurin eggdrop elasticsearch elixir emqx erlang fedora flink fluentd
  friendica gazebo gcc geonetwork ghost glassfish golang gradle groovy haproxy haskell haxe hello-seattle
  hello-world hipache hitch httpd hylang ibm-semeru-runtimes ibmjava influxdb iojs irssi java jetty jenkins
  joomla jruby julia kaazing-gateway kapacitor kibana kong krakend lightstreamer liquibase logstash mageia
  mariadb matomo maven mediawiki memcached mongo mongo-express monica mono mysql nats nats-streaming neo4j
  neurodebian nextcloud nginx node notary nuxeo odoo open-liberty openjdk opensuse oraclelinux orientdb
  owncloud percona perl photon php php-zendserver phpmyadmin piwik plone postfixadmin postgres pypy python
  r-base rabbitmq rails rakudo-star redis redmine registry rethinkdb rocket.chat rockylinux ros ruby rust
  sapmachine satosa scratch sentry silverpeas sl solr sonarqube sourcemage spark spiped storm swarm swift
  swipl teamspeak telegraf thrift tomcat tomee traefik ubuntu ubuntu-debootstrap ubuntu-upstart unit
  varnish vault websphere-liberty wordpress xwiki yourls znc zookeeper`.split(/\s+/),
);
