package io.baton.bootstrap;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class StartupDecisionTest {

  @Test
  void onlyAnExplicitFalseDisablesTheAgent() {
    assertTrue(StartupDecision.isDisabled("false"));
    assertTrue(StartupDecision.isDisabled(" FALSE "));
    assertFalse(StartupDecision.isDisabled(null));
    assertFalse(StartupDecision.isDisabled("true"));
    assertFalse(StartupDecision.isDisabled("nonsense"));
  }

  @Test
  void jdkToolsAreNotTraced() {
    assertTrue(StartupDecision.isJdkTool("sun.tools.jcmd.JCmd 1234 help"));
    assertTrue(StartupDecision.isJdkTool("jdk.jcmd/sun.tools.jps.Jps"));
    assertTrue(StartupDecision.isJdkTool("com.sun.tools.javac.Main Foo.java"));
    assertFalse(StartupDecision.isJdkTool("com.example.Shop"));
    assertFalse(StartupDecision.isJdkTool("app.jar"));
    assertFalse(StartupDecision.isJdkTool(null));
  }
}
