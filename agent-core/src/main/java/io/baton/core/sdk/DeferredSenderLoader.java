package io.baton.core.sdk;

import io.opentelemetry.common.ComponentLoader;
import io.opentelemetry.sdk.common.export.HttpSenderProvider;
import java.util.List;

/**
 * The component loader the SDK's autoconfigure finds its plug-ins with, except that the one HTTP
 * sender provider comes wrapped in {@link LazyHttpSender}. With several providers (a class path
 * that has both the JDK and the OkHttp senders) nothing is wrapped: the exporter tells them apart
 * by class name, and the wrapper would hide that.
 */
final class DeferredSenderLoader implements ComponentLoader {

  private final ComponentLoader delegate;

  DeferredSenderLoader(ComponentLoader delegate) {
    this.delegate = delegate;
  }

  @Override
  public <T> Iterable<T> load(Class<T> type) {
    if (type != HttpSenderProvider.class) {
      return delegate.load(type);
    }
    List<T> providers = ComponentLoader.loadList(delegate, type);
    if (providers.size() != 1) {
      return providers;
    }
    return List.of(type.cast(LazyHttpSender.deferring((HttpSenderProvider) providers.get(0))));
  }
}
