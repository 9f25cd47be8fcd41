package io.baton.instrumentation.servlet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

class ServletRoutesTest {

  @Test
  void servlet4MappingsBecomeRoutesUnderTheContextPath() {
    assertEquals("/app/orders/*", ServletRoutes.fromMappingMatch("/app", "PATH", "/orders/*"));
    assertEquals("/app/hello", ServletRoutes.fromMappingMatch("/app", "EXACT", "/hello"));
    assertEquals("/app/*.jsp", ServletRoutes.fromMappingMatch("/app", "EXTENSION", "*.jsp"));
    assertEquals("/*", ServletRoutes.fromMappingMatch("", "DEFAULT", "/"));
    assertEquals("/app/", ServletRoutes.fromMappingMatch("/app", "CONTEXT_ROOT", ""));
    assertNull(ServletRoutes.fromMappingMatch("/app", null, ""));
  }

  @Test
  void servlet3PatternsAreMatchedTheWayTheContainerSplitThePath() {
    List<String> patterns = List.of("/hello", "/orders/*", "*.do", "/");
    assertEquals("/app/hello", ServletRoutes.fromPatterns("/app", patterns, "/hello", null));
    assertEquals("/app/orders/*", ServletRoutes.fromPatterns("/app", patterns, "/orders", "/42"));
    assertEquals("/app/*.do", ServletRoutes.fromPatterns("/app", patterns, "/cart/add.do", null));
    assertEquals("/app/*", ServletRoutes.fromPatterns("/app", patterns, "/missing/item", null));
    assertEquals("/*", ServletRoutes.fromPatterns("", List.of("/*"), "", "/anything"));
  }

  @Test
  void aServletThatIsNotMappedHereHasNoRoute() {
    assertNull(ServletRoutes.fromPatterns("/app", List.of("/other"), "/hello", null));
    assertNull(ServletRoutes.fromPatterns("/app", List.of(), "/hello", null));
  }
}
