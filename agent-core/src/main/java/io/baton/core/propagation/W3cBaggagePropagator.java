package io.baton.core.propagation;

import io.opentelemetry.api.baggage.Baggage;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapGetter;
import io.opentelemetry.context.propagation.TextMapPropagator;
import io.opentelemetry.context.propagation.TextMapSetter;
import java.util.Collection;
import java.util.Collections;

/**
 * W3C Baggage over the {@code baggage} header. Extracted baggage replaces the context's, as with
 * the stock propagator; a header without a single valid member leaves the context untouched. Never
 * throws: a failing carrier counts as an absent header.
 */
final class W3cBaggagePropagator implements TextMapPropagator {

  static final String BAGGAGE = "baggage";

  private static final Collection<String> FIELDS = Collections.singletonList(BAGGAGE);

  private static final W3cBaggagePropagator INSTANCE = new W3cBaggagePropagator();

  static W3cBaggagePropagator getInstance() {
    return INSTANCE;
  }

  private W3cBaggagePropagator() {}

  @Override
  public Collection<String> fields() {
    return FIELDS;
  }

  @Override
  public <C> void inject(Context context, C carrier, TextMapSetter<C> setter) {
    if (context == null || setter == null) {
      return;
    }
    try {
      String header = BaggageCodec.encode(Baggage.fromContext(context));
      if (header != null) {
        setter.set(carrier, BAGGAGE, header);
      }
    } catch (RuntimeException carrierFailed) {
      // a setter that throws must not break the caller
    }
  }

  @Override
  public <C> Context extract(Context context, C carrier, TextMapGetter<C> getter) {
    if (context == null) {
      context = Context.root();
    }
    if (getter == null) {
      return context;
    }
    try {
      Baggage baggage = BaggageCodec.decode(HeaderValues.all(getter, carrier, BAGGAGE));
      return baggage == null ? context : context.with(baggage);
    } catch (RuntimeException carrierFailed) {
      return context;
    }
  }

  @Override
  public String toString() {
    return "BatonW3cBaggagePropagator";
  }
}
