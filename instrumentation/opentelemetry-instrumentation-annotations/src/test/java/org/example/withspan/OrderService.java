package org.example.withspan;

import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.instrumentation.annotations.SpanAttribute;
import io.opentelemetry.instrumentation.annotations.WithSpan;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** Application code with annotated methods (outside io.baton.*, which the agent never instruments). */
public class OrderService {

  @WithSpan
  public String defaultName() {
    return "ok";
  }

  @WithSpan(value = "process_order", kind = SpanKind.SERVER)
  public void processOrder(@SpanAttribute("order.id") String orderId, @SpanAttribute("order.items") int items,
      @SpanAttribute("order.total") double total, @SpanAttribute("order.express") boolean express,
      @SpanAttribute("order.tags") List<String> tags, String notAnAttribute) {
    checkInventory();
  }

  @WithSpan("check_inventory")
  public void checkInventory() {}

  @WithSpan("failing")
  public void failing() {
    throw new IllegalStateException("out of stock");
  }

  @WithSpan("reserve_async")
  public CompletableFuture<String> reserveAsync(CompletableFuture<String> completion) {
    return completion;
  }

  public void notAnnotated() {}
}
