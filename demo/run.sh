#!/usr/bin/env sh
# The shop demo: builds the agent, starts Kafka and five services each under it (gateway on
# Tomcat 9, orders/inventory/payment on Jetty 12, a Kafka consumer), places three orders (an
# ordinary one, a slow one, a failing one) and draws each order's whole trace in the terminal.
#
#   demo/run.sh                                      traces drawn from an in-demo OTLP receiver
#   demo/run.sh --endpoint=http://localhost:4318     spans sent to your collector/Jaeger instead
#
# Needs JDK 17+ and Maven. About a minute on a laptop (the first build downloads dependencies).
set -eu
cd "$(dirname "$0")/.."
mvn -B -q package -DskipTests
cd smoke-tests
exec java -cp "target/test-classes:$(cat target/shop-demo.classpath)" \
  -Dbaton.agent.jar=../agent/target/baton-agent.jar -Dbaton.testing.logs.dir=target/smoke-logs -Dslf4j.internal.verbosity=ERROR \
  io.baton.smoke.shop.ShopDemo "$@"
