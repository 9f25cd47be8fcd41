package io.baton.instrumentation.javahttpclient;

import java.net.http.HttpRequest;
import java.nio.ByteBuffer;
import java.util.concurrent.Flow;

/** Stands in for the OTLP exporter's own body publisher; the test defines it in a loader named baton-agent. */
public final class AgentLoaderBodyPublisher implements HttpRequest.BodyPublisher {

  private final HttpRequest.BodyPublisher delegate = HttpRequest.BodyPublishers.ofString("spans");

  @Override
  public long contentLength() {
    return delegate.contentLength();
  }

  @Override
  public void subscribe(Flow.Subscriber<? super ByteBuffer> subscriber) {
    delegate.subscribe(subscriber);
  }
}
