package io.baton.core.indy;

import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.baton.core.testing.GarbageCollection;
import java.lang.ref.WeakReference;
import java.net.URL;
import java.net.URLClassLoader;
import org.junit.jupiter.api.Test;

class AdviceLoadersTest {

  private final AdviceLoaders loaders = new AdviceLoaders(
      AdviceLoadersTest.class.getClassLoader(), "io.baton.core.fixture.advice.", new String[] {"io.baton."});

  @Test
  void oneAdviceLoaderPerApplicationLoader() {
    ClassLoader webApp = new URLClassLoader(new URL[0], null);
    ClassLoader otherWebApp = new URLClassLoader(new URL[0], null);

    assertSame(loaders.forApplicationLoader(webApp), loaders.forApplicationLoader(webApp));
    assertNotSame(loaders.forApplicationLoader(webApp), loaders.forApplicationLoader(otherWebApp));
    assertSame(loaders.forApplicationLoader(null), loaders.forApplicationLoader(null));
  }

  @Test
  void anUndeployedApplicationLoaderCanBeCollectedAfterItsAdviceLoadedItsClasses() throws Exception {
    WeakReference<ClassLoader> webApp = loadThroughAdviceLoaderOfThrowawayApp();

    GarbageCollection.awaitCleared(webApp);
    assertNull(webApp.get(), "the advice loader map keeps the application loader alive");
  }

  /** The advice loader resolves a class through the app loader: the JVM then links the two. */
  private WeakReference<ClassLoader> loadThroughAdviceLoaderOfThrowawayApp() throws Exception {
    URL testClasses = AdviceLoadersTest.class.getProtectionDomain().getCodeSource().getLocation();
    ClassLoader webApp = new URLClassLoader(new URL[] {testClasses}, null);
    AdviceClassLoader advice = loaders.forApplicationLoader(webApp);
    Class<?> appClass = advice.loadClass("org.example.fixture.Greeter");
    assertSame(webApp, appClass.getClassLoader());
    return new WeakReference<>(webApp);
  }
}
