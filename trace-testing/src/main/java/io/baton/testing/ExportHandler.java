package io.baton.testing;

import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest;

/** What both transports hand a decoded request to; {@code false} means reject as unavailable. */
@FunctionalInterface
interface ExportHandler {
  boolean export(ExportTraceServiceRequest request) throws InterruptedException;
}
