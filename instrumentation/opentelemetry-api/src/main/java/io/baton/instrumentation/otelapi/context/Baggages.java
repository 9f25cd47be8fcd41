package io.baton.instrumentation.otelapi.context;

import io.baton.core.bridge.BaggageItem;
import io.opentelemetry.api.baggage.Baggage;
import io.opentelemetry.api.baggage.BaggageBuilder;
import io.opentelemetry.api.baggage.BaggageEntryMetadata;
import java.util.ArrayList;
import java.util.List;

/** Application {@link Baggage} to bridge items and back: copied, baggage is small and immutable. */
final class Baggages {

  private Baggages() {}

  static List<BaggageItem> toAgent(Baggage baggage) {
    List<BaggageItem> items = new ArrayList<>(baggage.size());
    baggage.forEach((key, entry) -> items.add(new BaggageItem(key, entry.getValue(), entry.getMetadata().getValue())));
    return items;
  }

  static Baggage toApplication(List<BaggageItem> items) {
    if (items == null) {
      return null;
    }
    BaggageBuilder builder = Baggage.builder();
    for (BaggageItem item : items) {
      builder.put(item.key(), item.value(), BaggageEntryMetadata.create(item.metadata()));
    }
    return builder.build();
  }
}
