package io.baton.core.sdk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.common.export.GrpcResponse;
import io.opentelemetry.sdk.common.export.GrpcSender;
import io.opentelemetry.sdk.common.export.GrpcSenderProvider;
import io.opentelemetry.sdk.common.export.HttpResponse;
import io.opentelemetry.sdk.common.export.HttpSender;
import io.opentelemetry.sdk.common.export.HttpSenderConfig;
import io.opentelemetry.sdk.common.export.HttpSenderProvider;
import io.opentelemetry.sdk.common.export.MessageWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** The exporter's HTTP or gRPC client is built at the first export, not at start-up. */
class LazySendersTest {

  @Test
  void nothingIsBuiltUntilTheFirstSend() {
    CountingProvider provider = new CountingProvider();
    LazyHttpSender sender = new LazyHttpSender(provider, null);

    assertEquals(0, provider.created);
    assertTrue(sender.shutdown().isSuccess(), "shutting down an unused sender succeeds");
    assertEquals(0, provider.created, "and builds nothing");
  }

  @Test
  void theFirstSendBuildsOneSenderThatTakesEverySend() {
    CountingProvider provider = new CountingProvider();
    LazyHttpSender sender = new LazyHttpSender(provider, null);

    sender.send(null, response -> {}, error -> {});
    sender.send(null, response -> {}, error -> {});

    assertEquals(1, provider.created);
    assertEquals(2, provider.sent);
    sender.shutdown();
    assertTrue(provider.shutDown, "the built sender is shut down with it");
  }

  @Test
  void aSenderThatCannotBeBuiltFailsEachSendWithoutRetrying() {
    IllegalStateException broken = new IllegalStateException("no TLS provider");
    int[] attempts = {0};
    LazyHttpSender sender = new LazyHttpSender(config -> {
      attempts[0]++;
      throw broken;
    }, null);
    List<Throwable> errors = new ArrayList<>();

    sender.send(null, response -> {}, errors::add);
    sender.send(null, response -> {}, errors::add);

    assertEquals(List.of(broken, broken), errors);
    assertEquals(1, attempts[0]);
  }

  @Test
  void aSendAfterShutdownBuildsNothing() {
    CountingProvider provider = new CountingProvider();
    LazyHttpSender sender = new LazyHttpSender(provider, null);
    List<Throwable> errors = new ArrayList<>();

    sender.shutdown();
    sender.send(null, response -> {}, errors::add);

    assertEquals(0, provider.created);
    assertEquals(1, errors.size());
  }

  @Test
  void theSingleProviderOfTheClassPathIsDeferred() {
    HttpSenderProvider only = new CountingProvider();
    List<String> otherPlugins = List.of("another plug-in");
    DeferredSenderLoader loader = new DeferredSenderLoader(new io.opentelemetry.common.ComponentLoader() {
      @Override
      @SuppressWarnings("unchecked")
      public <T> Iterable<T> load(Class<T> type) {
        return type == HttpSenderProvider.class ? (List<T>) List.of(only) : (List<T>) otherPlugins;
      }
    });

    List<HttpSenderProvider> providers = new ArrayList<>();
    loader.load(HttpSenderProvider.class).forEach(providers::add);

    assertEquals(1, providers.size());
    assertTrue(providers.get(0).createSender(null) instanceof LazyHttpSender);
    assertSame(otherPlugins, loader.load(String.class), "other plug-ins pass through");
  }

  @Test
  void theGrpcSenderIsBuiltAtItsFirstSendToo() {
    int[] created = {0};
    int[] sent = {0};
    GrpcSenderProvider provider = config -> {
      created[0]++;
      return new GrpcSender() {
        @Override
        public void send(MessageWriter body, Consumer<GrpcResponse> onResponse, Consumer<Throwable> onError) {
          sent[0]++;
        }

        @Override
        public CompletableResultCode shutdown() {
          return CompletableResultCode.ofSuccess();
        }
      };
    };
    DeferredSenderLoader loader = new DeferredSenderLoader(new io.opentelemetry.common.ComponentLoader() {
      @Override
      @SuppressWarnings("unchecked")
      public <T> Iterable<T> load(Class<T> type) {
        return type == GrpcSenderProvider.class ? (List<T>) List.of(provider) : List.of();
      }
    });

    GrpcSender sender = loader.load(GrpcSenderProvider.class).iterator().next().createSender(null);
    assertEquals(0, created[0], "nothing built with the exporter");
    sender.send(null, response -> {}, error -> {});
    sender.send(null, response -> {}, error -> {});

    assertEquals(1, created[0]);
    assertEquals(2, sent[0]);
  }

  @Test
  void withSeveralProvidersNothingIsWrapped() {
    HttpSenderProvider first = new CountingProvider();
    HttpSenderProvider second = new CountingProvider();
    DeferredSenderLoader loader = new DeferredSenderLoader(new io.opentelemetry.common.ComponentLoader() {
      @Override
      @SuppressWarnings("unchecked")
      public <T> Iterable<T> load(Class<T> type) {
        return (List<T>) List.of(first, second);
      }
    });

    assertEquals(List.of(first, second), loader.load(HttpSenderProvider.class),
        "the exporter picks one by class name, which a wrapper would hide");
  }

  private static final class CountingProvider implements HttpSenderProvider {
    int created;
    int sent;
    boolean shutDown;

    @Override
    public HttpSender createSender(HttpSenderConfig config) {
      created++;
      return new HttpSender() {
        @Override
        public void send(MessageWriter body, Consumer<HttpResponse> onResponse, Consumer<Throwable> onError) {
          sent++;
        }

        @Override
        public CompletableResultCode shutdown() {
          shutDown = true;
          return CompletableResultCode.ofSuccess();
        }
      };
    }
  }
}
