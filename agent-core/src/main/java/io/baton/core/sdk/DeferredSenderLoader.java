package io.baton.core.sdk;

import io.opentelemetry.common.ComponentLoader;
import io.opentelemetry.sdk.common.export.GrpcSenderProvider;
import io.opentelemetry.sdk.common.export.HttpSenderProvider;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The component loader the SDK's autoconfigure finds its plug-ins with, except that the one HTTP
 * and the one gRPC sender provider come wrapped so that their senders are built at the first
 * export ({@link BuiltOnFirstUse}). With several providers of a kind (a class path that has both
 * the JDK and the OkHttp senders) nothing is wrapped: the exporter tells them apart by class name,
 * and the wrapper would hide that.
 */
final class DeferredSenderLoader implements ComponentLoader {

  private final ComponentLoader delegate;

  DeferredSenderLoader(ComponentLoader delegate) {
    this.delegate = delegate;
  }

  @Override
  public <T> Iterable<T> load(Class<T> type) {
    if (type == HttpSenderProvider.class) {
      return deferringTheOnly(type, provider -> LazyHttpSender.deferring((HttpSenderProvider) provider));
    }
    if (type == GrpcSenderProvider.class) {
      return deferringTheOnly(type, provider -> LazyGrpcSender.deferring((GrpcSenderProvider) provider));
    }
    return delegate.load(type);
  }

  private <T> List<T> deferringTheOnly(Class<T> type, UnaryOperator<Object> deferring) {
    List<T> providers = ComponentLoader.loadList(delegate, type);
    return providers.size() == 1 ? List.of(type.cast(deferring.apply(providers.get(0)))) : providers;
  }
}
