package io.baton.instrumentation.servlet;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.baton.core.instrumentation.InstrumentationModule;
import io.baton.instrumentation.servlet.jakarta.JakartaServletModule;
import io.baton.instrumentation.servlet.javax.JavaxServletModule;
import java.util.List;
import org.junit.jupiter.api.Test;

class ServletModulesTest {

  @Test
  void eachFlavourAnswersToTheOpenTelemetryAgentNames() {
    assertEquals(List.of("servlet", "servlet-3.0"), new JavaxServletModule().names());
    assertEquals(List.of("servlet", "servlet-5.0"), new JakartaServletModule().names());
  }

  /** The modules name their advice by string (they must not load servlet types): keep the names honest. */
  @Test
  void everyAdviceTheModulesNameExists() throws Exception {
    for (InstrumentationModule module : List.of(new JavaxServletModule(), new JakartaServletModule())) {
      ServletTypes types = (ServletTypes) module.typeInstrumentations().get(0);
      List<String> advice = new java.util.ArrayList<>();
      types.applyAdvice((methods, adviceClass) -> advice.add(adviceClass));
      assertEquals(4, advice.size());
      for (String name : advice) {
        assertEquals(name, Class.forName(name, false, getClass().getClassLoader()).getName());
      }
      assertEquals("io.baton.instrumentation.servlet.", module.advicePackagePrefix());
    }
  }
}
