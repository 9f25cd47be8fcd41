/**
 * The agent's side of the bridge to the application's own OpenTelemetry API.
 *
 * <p>In the agent jar our OpenTelemetry is relocated, while the modules that implement the
 * application's {@code io.opentelemetry} interfaces ({@code instrumentation/opentelemetry-api},
 * {@code instrumentation/opentelemetry-instrumentation-annotations}) are not: there,
 * {@code io.opentelemetry} means the application's classes. Those modules reach the agent only
 * through the static methods here, whose signatures use JDK and {@code io.baton} types alone.
 * Agent objects (contexts, spans, span builders, tracers, scopes) travel as {@code Object}
 * handles that only this package casts back.
 */
package io.baton.core.bridge;
