/**
 * The shop of the seeds, one JVM per service, each under the real agent: a user places an order at
 * the {@link io.baton.smoke.apps.shop.GatewayApp} (Tomcat 9, javax), which calls the
 * {@link io.baton.smoke.apps.shop.OrdersApp} (Jetty 12, jakarta): it stores the order over JDBC,
 * checks {@link io.baton.smoke.apps.shop.InventoryApp inventory} (java.net.http.HttpClient) and
 * charges {@link io.baton.smoke.apps.shop.PaymentApp payment} (HttpURLConnection) in parallel on an
 * executor, then publishes {@code order-placed} to Kafka, which the
 * {@link io.baton.smoke.apps.shop.NotificationApp} consumes and records over JDBC.
 *
 * <p>Every service prints {@code READY} once it serves, and one {@code SEEN <service>
 * traceparent=<header> baggage=<header>} line per request or record it receives, so tests can see
 * what travelled even when nothing is exported. Only JDK, container, JDBC and Kafka APIs are
 * used: the agent adds all the tracing.
 */
package io.baton.smoke.apps.shop;
